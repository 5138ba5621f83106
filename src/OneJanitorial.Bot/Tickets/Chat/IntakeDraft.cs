namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// What the CSR has entered on the intake cards so far, typed; null (or false) where nothing readable was entered yet.
/// Read and shown through <see cref="IntakeTable"/>. Once complete it gives the <see cref="TicketIntake"/> the rules
/// plan (<see cref="IntakeForm.ToIntake"/>), the overrides and the ticket's <see cref="MasterNote"/>.
/// </summary>
public sealed record IntakeDraft
{
    // Step 1 — initial review
    public string? Client { get; init; }
    public string? Building { get; init; }
    public string? City { get; init; }
    public string? TimeZone { get; init; }
    public string? Concern { get; init; }
    public string? ConcernOther { get; init; }
    public DateOnly? ServiceDate { get; init; }
    public bool AttachmentsReceived { get; init; }
    public TicketSource? Source { get; init; }
    public DateOnly? ReceivedDate { get; init; }
    public TimeOnly? ReceivedTime { get; init; }

    // Service issue or client update
    public IntakeCategory? Category { get; init; }
    public int? SurveyRating { get; init; }
    public bool VeryUpsetClient { get; init; }

    // Step 1B and Bucket 3A
    public bool? InScope { get; init; }
    public Under15Rule? Under15 { get; init; }
    public PricingChoice? Pricing { get; init; }

    // Cleaner facts
    public string? Cleaner { get; init; }
    public string? CleanerEmail { get; init; }
    public DateOnly? CleanerBuildingStart { get; init; }
    public DateOnly? ContractStart { get; init; }
    public bool? CleanerInBco { get; init; }
    public decimal? BillingPrice { get; init; }
    public int? PriorCleanerIssues { get; init; }
    public bool DailyCleanedBuilding { get; init; }
    public bool WeekendOnlyCleaning { get; init; }

    // Overrides of the computed ticket, as entered (checked by PlanOverrides.Apply)
    public string? OverrideType { get; init; }
    public string? OverridePriority { get; init; }
    public string? OverrideEstClose { get; init; }
    public string? OverrideOwner { get; init; }
    public string? OverrideReason { get; init; }

    // Step 4
    public MasterNote Note { get; init; } = new();
}
