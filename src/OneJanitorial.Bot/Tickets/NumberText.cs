using System.Globalization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Whole numbers typed or sent by a Number input ("3", "3.0"), within a field's range. Non-finite input ("NaN",
/// "Infinity", "1e400") and anything outside the range is refused, so a value that cannot be shown again on a card
/// never gets further than the message.
/// </summary>
public static class NumberText
{
    /// <summary>The range of each whole-number field (by field name); others take 0 to 10,000.</summary>
    private static readonly Dictionary<string, (int Min, int Max)> Ranges = new(StringComparer.Ordinal)
    {
        ["surveyRating"] = (1, TicketIntakeValidator.MaxSurveyRating),
        ["priorCleanerIssues"] = (0, 100),
        ["distanceMinutes"] = (0, 24 * 60),
        ["buildingCount"] = (1, 10_000),
        ["issuesPast3Months"] = (0, 100),
    };

    public static (int Min, int Max) RangeFor(string field) => Ranges.GetValueOrDefault(field, (0, 10_000));

    /// <summary>The number, or null when it is not a finite whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int? ParseWhole(string? text, int min, int max)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 32
            || !double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value != Math.Floor(value) || value < min || value > max)
        {
            return null;
        }
        return (int)value;
    }

    /// <summary>The value for a Number input on a card: null unless finite and within the bounds given.</summary>
    public static double? ForCard(string? text, double? min = null, double? max = null) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && (min is null || value >= min) && (max is null || value <= max)
            ? value
            : null;

    public static string Describe(int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {min:N0} to {max:N0}");
}
