using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>A valid intake received Monday 2026-11-23 10:00 Toronto time, to vary one field at a time.</summary>
internal static class Intakes
{
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-5));

    public static TicketIntake Valid(IntakeCategory category = IntakeCategory.ServiceIssue) => new(
        Client: "Walmart",
        Building: "Walmart Store 12",
        City: "Toronto",
        TimeZone: "America/Toronto",
        Category: category,
        Concern: "Cleaning Issue",
        InScope: true,
        Cleaner: "Jane Doe",
        CleanerBuildingStart: new DateOnly(2026, 1, 5),
        ContractStart: new DateOnly(2025, 6, 1),
        PriorCleanerIssues: null,
        CleanerInBco: false,
        SurveyRating: category == IntakeCategory.Survey ? 4 : null,
        BillingPrice: 100m,
        Source: TicketSource.Email,
        ReceivedAt: MondayMorning);

    public static TicketRuleSettings Settings(params DateOnly[] holidays) => new(
        holidays.ToHashSet(),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Toronto"] = "Taylor", ["Calgary"] = "Peter" },
        "Main Ticket Board",
        EstCloseBusinessDays: 5,
        UrgentEstCloseBusinessDays: 1);

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd");
}
