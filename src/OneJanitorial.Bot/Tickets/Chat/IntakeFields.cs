using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// Input ids of the intake cards. Those the <see cref="TicketIntakeValidator"/> checks use its field names, so its
/// errors land next to the right input.
/// </summary>
public static class IntakeFields
{
    public const string FormError = "_form";

    // Step 1 — initial review
    public const string Client = "client";
    public const string Building = "building";
    public const string City = "city";
    public const string BuildingZone = "timeZone";
    public const string Concern = "concern";
    public const string ConcernOther = "concernOther";
    public const string ServiceDate = "serviceDate";
    public const string Attachments = "attachments";
    public const string Source = "source";
    public const string ReceivedDate = "receivedDate";
    public const string ReceivedTime = "receivedTime";

    // Service issue or client update
    public const string Category = "category";
    public const string SurveyRating = "surveyRating";
    public const string VeryUpset = "veryUpsetClient";

    // Step 1B and Bucket 3A
    public const string InScope = "inScope";
    public const string Under15 = "under15";
    public const string Pricing = "pricing";

    // Cleaner facts
    public const string Cleaner = "cleaner";
    public const string CleanerEmail = "cleanerEmail";
    public const string CleanerStart = "cleanerBuildingStart";
    public const string ContractStart = "contractStart";
    public const string InBco = "cleanerInBco";
    public const string BillingPrice = "billingPrice";
    public const string PriorIssues = "priorCleanerIssues";
    public const string DailyCleaned = "dailyCleaned";
    public const string WeekendOnly = "weekendOnly";

    // Overrides of the computed ticket
    public const string OverrideType = "overrideType";
    public const string OverridePriority = "overridePriority";
    public const string OverrideEstClose = "overrideEstClose";
    public const string OverrideOwner = "overrideOwner";
    public const string OverrideReason = "overrideReason";

    public const string Other = "Other";
    public const string Courtesy = "courtesy";
    public const string NeedsPricing = "needs-pricing";
    public const string OneTimeCharge = "one-time";
    public const string RecurringAddOn = "recurring";
    public const string ClientDeclined = "declined";

    /// <summary>The types of concern the SOP names (Step 1, the priority table); "Other" asks for the wording.</summary>
    public static readonly IReadOnlyList<string> Concerns =
    [
        "Cleaning Issue", "Missed Clean", "Security Issue", "Alarm Not Set", "Alarm Issue", "Doors Not Locked",
        "Trash Not Emptied", "Supplies", "Not In Checklist", "New Alarm Code", "Building Modification", "General Inquiry",
        "Extra Service Request", "Survey Rating", "Cancellation Notice", "Inspection Finding", Other,
    ];

    public static readonly IReadOnlyList<Option> Categories =
    [
        new("Service issue", "service-issue"),
        new("Client update", "client-update"),
        new("Extra service", "extra-service"),
        new("Survey (rating)", "survey"),
        new("Cancelling client", "cancelling"),
        new("Inspection correction", "inspection"),
    ];

    public static readonly IReadOnlyList<Option> Sources = [new("Email", "email"), new("Form", "form"), new("Phone", "phone")];

    public static readonly IReadOnlyList<string> TimeZones =
    [
        "America/St_Johns", "America/Halifax", "America/Toronto", "America/New_York", "America/Winnipeg", "America/Chicago",
        "America/Regina", "America/Edmonton", "America/Denver", "America/Phoenix", "America/Vancouver", "America/Los_Angeles",
    ];

    public static readonly IReadOnlyList<Option> Under15Choices =
    [
        new("Under 15 minutes: approve as a courtesy", Courtesy),
        new("Larger work: pricing decision", NeedsPricing),
    ];

    public static readonly IReadOnlyList<Option> PricingChoices =
    [
        new("One-time extra charge", OneTimeCharge),
        new("Recurring add-on (monthly price increase)", RecurringAddOn),
        new("Client declined both", ClientDeclined),
    ];

    public static IReadOnlyList<Option> TimeZoneChoices(string? extra) =>
        [.. (extra is null || TimeZones.Contains(extra) ? TimeZones : [extra, .. TimeZones]).Select(z => new Option(z.Replace('_', ' '), z))];
}
