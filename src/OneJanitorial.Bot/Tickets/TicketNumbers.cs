using System.Globalization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Reads a ticket number the way CSRs and our cards write it: "42" or "#42".</summary>
public static class TicketNumbers
{
    public static long? Parse(string? text) =>
        long.TryParse(text?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
