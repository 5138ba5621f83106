using System.Globalization;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Reads entered values as typed values, collecting one error per input id.</summary>
public sealed class FormReader(IReadOnlyDictionary<string, string> values)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public bool Ok => _errors.Count == 0;

    public void Fail(string id, string message) => _errors.TryAdd(id, message);

    public string? Text(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public string Required(string id, string label)
    {
        var text = Text(id);
        if (text is null)
        {
            Fail(id, $"{label} is required.");
        }
        return text ?? "";
    }

    public DateOnly? Date(string id, string label, bool required = false) =>
        Parse(id, label, required, "a date (yyyy-MM-dd)",
            t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null);

    public TimeOnly? Time(string id, string label, bool required = false) =>
        Parse(id, label, required, "a time (HH:mm)",
            t => TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (TimeOnly?)null);

    public int? Int(string id, string label, bool required = false, int min = 0) =>
        Parse(id, label, required, min > 0 ? $"a whole number of at least {min}" : "a whole number of 0 or more",
            t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d >= min && d <= int.MaxValue ? (int)d : (int?)null);

    public decimal? Money(string id, string label, bool required = false) =>
        Parse(id, label, required, "an amount of 0 or more",
            t => decimal.TryParse(t.TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : (decimal?)null);

    /// <summary>"yes"/"no" (choice sets) or "true"/"false" (toggles).</summary>
    public bool? YesNo(string id, string label, bool required = false) =>
        Parse(id, label, required, "Yes or No", t => t.ToLowerInvariant() switch
        {
            "yes" or "true" or "pass" => true,
            "no" or "false" or "fail" => false,
            _ => (bool?)null,
        });

    public bool Flag(string id) => YesNo(id, id) ?? false;

    private T? Parse<T>(string id, string label, bool required, string expected, Func<string, T?> parse)
        where T : struct
    {
        var text = Text(id);
        if (text is null)
        {
            if (required)
            {
                Fail(id, $"{label} is required.");
            }
            return null;
        }
        var value = parse(text);
        if (value is null)
        {
            Fail(id, $"{label} must be {expected}.");
        }
        return value;
    }
}
