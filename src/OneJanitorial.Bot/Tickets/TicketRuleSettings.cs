namespace OneJanitorial.Bot.Tickets;

/// <summary>The configurable inputs of the rules (from <see cref="TicketsOptions"/>), kept apart so the rules stay pure.</summary>
public sealed record TicketRuleSettings(
    IReadOnlySet<DateOnly> Holidays,
    IReadOnlyDictionary<string, string> Owners,
    string DefaultOwner,
    int EstCloseBusinessDays,
    int UrgentEstCloseBusinessDays)
{
    public static TicketRuleSettings From(TicketsOptions options) => new(
        options.Holidays.ToHashSet(),
        new Dictionary<string, string>(options.Owners, StringComparer.OrdinalIgnoreCase),
        options.DefaultOwner,
        options.EstCloseBusinessDays,
        options.UrgentEstCloseBusinessDays);
}
