namespace OneJanitorial.Bot.Tickets;

/// <summary>How the resolution was confirmed (SOP Step 5 "Closed Client Ticket").</summary>
public enum ClientConfirmation
{
    None,
    ClientConfirmedResolved,
    ProofOfResolutionNoResponseAfterTwoAttempts,
}

/// <summary>The review status every closed ticket needs (SOP Google Review Process).</summary>
public enum ReviewStatus
{
    ReviewRequested,
    NotEligible,
    PendingConfirmation,
}

/// <summary>Additional closure requirements for recurring issues (SOP Step 5 "For Recurring Issues (R1/R2)").</summary>
public sealed record RecurringIssueDetails
{
    public DateOnly? FirstOccurrence { get; init; }
    public string? OriginalPlanAndWhyItFailed { get; init; }
    public string? WhyItFailedAgain { get; init; }
    public string? CleanerExplanation { get; init; }
    public string? PerformanceReviewLast6Months { get; init; }
    public string? AccountabilityTaken { get; init; }
    public string? RemovalDecisionPerAvatar { get; init; }
}

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
