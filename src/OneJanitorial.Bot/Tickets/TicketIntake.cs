namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Everything the rules need to plan a ticket: what the CSR gathered at Step 1 and Step 1B, and the cleaner's
/// and company's dates from the CRM. <see cref="PriorCleanerIssues"/> is used only when the store has no history
/// for the cleaner. The init-only flags come from the master note when the dialog knows them.
/// </summary>
public sealed record TicketIntake(
    string Client,
    string Building,
    string City,
    string TimeZone,
    IntakeCategory Category,
    string Concern,
    bool InScope,
    string Cleaner,
    DateOnly CleanerBuildingStart,
    DateOnly ContractStart,
    int? PriorCleanerIssues,
    bool CleanerInBco,
    int? SurveyRating,
    decimal BillingPrice,
    TicketSource Source,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The building is cleaned every day (SOP priority table: Urgent).</summary>
    public bool DailyCleanedBuilding { get; init; }

    /// <summary>The building is cleaned only on weekends (KPI note: the close date may extend to next Monday).</summary>
    public bool WeekendOnlyCleaning { get; init; }

    /// <summary>The client is very upset (SOP priority table: High).</summary>
    public bool VeryUpsetClient { get; init; }

    /// <summary>The cleaner's email, stored on the ticket for the recap email; optional.</summary>
    public string? CleanerEmail { get; init; }

    /// <summary>The date of the service the client is reporting on (Step 1); stored on the ticket when known.</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>Whether supporting attachments (photos, emails) came with the report (Step 1); null when not asked.</summary>
    public bool? AttachmentsReceived { get; init; }
}
