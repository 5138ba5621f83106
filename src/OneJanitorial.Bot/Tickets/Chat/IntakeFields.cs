using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// Input ids of the intake cards. Those the <see cref="TicketIntakeValidator"/> checks use its field names, so its
/// errors land next to the right input.
/// </summary>
public static class IntakeFields
{
    public const string FormError = CardFields.FormErrorId;

    /// <summary>The master note's Issue input.</summary>
    public const string Issue = "issue";

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

    /// <summary>The types of concern the SOP names (Step 1, the priority table); "Other" asks for the wording.</summary>
    public static readonly IReadOnlyList<string> Concerns =
    [
        "Cleaning Issue", "Missed Clean", "Security Issue", "Alarm Not Set", "Alarm Issue", "Doors Not Locked",
        "Trash Not Emptied", "Supplies", "Not In Checklist", "New Alarm Code", "Building Modification", "General Inquiry",
        "Extra Service Request", "Survey Rating", "Cancellation Notice", "Inspection Finding", Other,
    ];

    public static readonly IReadOnlyList<(IntakeCategory Value, Option Option)> Categories =
    [
        (IntakeCategory.ServiceIssue, new("Service issue", "service-issue")),
        (IntakeCategory.ClientUpdate, new("Client update", "client-update")),
        (IntakeCategory.ExtraService, new("Extra service", "extra-service")),
        (IntakeCategory.Survey, new("Survey (rating)", "survey")),
        (IntakeCategory.Cancelling, new("Cancelling client", "cancelling")),
        (IntakeCategory.Inspection, new("Inspection correction", "inspection")),
    ];

    public static readonly IReadOnlyList<(TicketSource Value, Option Option)> Sources =
    [
        (TicketSource.Email, new("Email", "email")),
        (TicketSource.Form, new("Form", "form")),
        (TicketSource.Phone, new("Phone", "phone")),
    ];

    public static readonly IReadOnlyList<string> TimeZones =
    [
        "America/St_Johns", "America/Halifax", "America/Toronto", "America/New_York", "America/Winnipeg", "America/Chicago",
        "America/Regina", "America/Edmonton", "America/Denver", "America/Phoenix", "America/Vancouver", "America/Los_Angeles",
    ];

    public static readonly IReadOnlyList<(Under15Rule Value, Option Option)> Under15Choices =
    [
        (Under15Rule.Courtesy, new("Under 15 minutes: approve as a courtesy", "courtesy")),
        (Under15Rule.NeedsPricing, new("Larger work: pricing decision", "needs-pricing")),
    ];

    public static readonly IReadOnlyList<(PricingChoice Value, Option Option)> PricingChoices =
    [
        (PricingChoice.OneTimeCharge, new("One-time extra charge", "one-time")),
        (PricingChoice.RecurringAddOn, new("Recurring add-on (monthly price increase)", "recurring")),
        (PricingChoice.ClientDeclined, new("Client declined both", "declined")),
    ];

    public static IReadOnlyList<Option> TimeZoneChoices(string? extra) =>
        [.. (extra is null || TimeZones.Contains(extra) ? TimeZones : [extra, .. TimeZones]).Select(z => new Option(z.Replace('_', ' '), z))];
}
