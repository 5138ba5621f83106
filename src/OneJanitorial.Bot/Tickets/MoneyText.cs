using System.Globalization;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Dollar amounts as CSRs type them, in one format only: digits with an optional "$", optional thousands grouped by
/// commas in threes, and at most two decimals after a point ("1250.50", "$1,250.50", "100"). Anything else —
/// "1250,50", "1,2,3", "1e3", "-5" — is refused instead of guessed.
/// </summary>
public static partial class MoneyText
{
    /// <summary>The largest billing price accepted (a monthly contract price; the store keeps 12 digits).</summary>
    public const decimal Max = 1_000_000m;

    public const string Format = "an amount like 1250.50 or $1,250.50 (a point for cents, commas only between thousands), from 0 to $1,000,000";

    [GeneratedRegex(@"^\$?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>The amount, or null when the text is not in the one format or is over <see cref="Max"/>.</summary>
    public static decimal? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 32 || !Pattern().IsMatch(trimmed))
        {
            return null;
        }
        var digits = trimmed.TrimStart('$').Trim().Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && InRange(amount)
            ? amount
            : null;
    }

    public static bool InRange(decimal amount) => amount is >= 0 and <= Max;
}
