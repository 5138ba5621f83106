namespace OneJanitorial.Bot.Tickets;

/// <summary>The closure checklist of SOP Step 5 (the master note item is checked from the note itself).</summary>
public sealed record TicketClosure
{
    public ClientConfirmation ClientConfirmation { get; init; }
    public bool RootCauseDocumented { get; init; }
    public bool ManagementTagged { get; init; }
    public bool LongTermPlanInPlace { get; init; }
    public ReviewStatus? Review { get; init; }
    public string? NotEligibleReason { get; init; }
    public RecurringIssueDetails Recurring { get; init; } = new();
}
