using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// One <c>recap</c> input line: the intake the ticket rules plan, and the master-note fields the recap is written
/// from. Ticket type and strike number come from the plan, never from the line.
/// </summary>
public sealed record RecapTicketLine(TicketIntake Intake, TimeZoneInfo TimeZone)
{
    public required string CleanerEmail { get; init; }
    public required IReadOnlyList<string> Issue { get; init; }
    public required string Why { get; init; }
    public required string Solution { get; init; }
    public required string WhoFixes { get; init; }
    public required DateOnly NextCleanDate { get; init; }
    public required DateTimeOffset FollowUpAt { get; init; }
    public required IReadOnlyList<string> ChecklistItems { get; init; }
    public string? ChecklistUrl { get; init; }
    public string? CsrName { get; init; }
    public string? TicketKey { get; init; }

    /// <summary>The recap facts for the planned ticket; a ticket that is no strike (client update, extra service, cancelling) gets no cleaner recap.</summary>
    public RecapFacts ToFacts(TicketPlan plan)
    {
        if (!plan.Type.CountsAsServiceIssue())
        {
            throw new RecapInputException("category", $"A cleaner recap follows a service issue; a {plan.Type.Name()} ticket is not one.");
        }
        return new RecapFacts
        {
            Client = Intake.Client.Trim(),
            Building = Intake.Building.Trim(),
            Cleaner = Intake.Cleaner.Trim(),
            CleanerEmail = CleanerEmail,
            TicketType = plan.Type.Name(),
            StrikeNumber = plan.StrikeNumber,
            TimeZone = TimeZone,
            ReceivedDate = plan.ReceivedDate,
            Issue = Issue,
            Why = Why,
            Solution = Solution,
            WhoFixes = WhoFixes,
            NextCleanDate = NextCleanDate,
            FollowUpAt = FollowUpAt,
            ChecklistItems = ChecklistItems,
            ChecklistUrl = ChecklistUrl,
            CsrName = CsrName,
            TicketKey = TicketKey,
        };
    }
}
