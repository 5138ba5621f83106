using System.Globalization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Dates as yyyy-MM-dd within the years a ticket can be about: from <see cref="Earliest"/> (older contracts and
/// cleaner start dates are not in the CRM; "0001-01-01" is a typo, not a date) to <see cref="Latest"/> (a planned
/// date this far out is a typo too). The rules add each field's own order (a start date not after the day received,
/// an estimated close within 7 days).
/// </summary>
public static class DateText
{
    public static readonly DateOnly Earliest = new(1980, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public const string Format = "a date (yyyy-MM-dd) from 1980-01-01 to 2099-12-31";

    /// <summary>The date, or null when the text is not yyyy-MM-dd or is outside the bounds.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && InRange(date)
            ? date
            : null;

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;
}
