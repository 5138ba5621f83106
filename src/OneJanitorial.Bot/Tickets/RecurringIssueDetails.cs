namespace OneJanitorial.Bot.Tickets;

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
