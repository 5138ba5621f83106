namespace OneJanitorial.Bot.Tickets;

/// <summary>What the CSR decided the request is at Step 1 (service issue or client update, and the special boards).</summary>
public enum IntakeCategory
{
    ServiceIssue,
    ClientUpdate,
    ExtraService,
    Survey,
    Cancelling,
    Inspection,
}

/// <summary>Where the request came in (SOP Step 3 "Source").</summary>
public enum TicketSource
{
    Email,
    Form,
    Phone,
}

/// <summary>SOP Step 3 priority table, lowest first so comparisons read naturally.</summary>
public enum TicketPriority
{
    Low,
    Medium,
    High,
    Urgent,
}

/// <summary>Wire names (kebab-case) for the intake enums.</summary>
public static class IntakeNames
{
    private static readonly Dictionary<string, IntakeCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["service-issue"] = IntakeCategory.ServiceIssue,
        ["client-update"] = IntakeCategory.ClientUpdate,
        ["extra-service"] = IntakeCategory.ExtraService,
        ["survey"] = IntakeCategory.Survey,
        ["cancelling"] = IntakeCategory.Cancelling,
        ["inspection"] = IntakeCategory.Inspection,
    };

    private static readonly Dictionary<string, TicketSource> Sources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = TicketSource.Email,
        ["form"] = TicketSource.Form,
        ["phone"] = TicketSource.Phone,
    };

    public static IReadOnlyCollection<string> CategoryNames => Categories.Keys;

    public static bool TryParseCategory(string? value, out IntakeCategory category) =>
        Categories.TryGetValue(value?.Trim() ?? "", out category);

    public static bool TryParseSource(string? value, out TicketSource source) =>
        Sources.TryGetValue(value?.Trim() ?? "", out source);
}
