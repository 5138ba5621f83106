using System.Globalization;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Views.Forms;

/// <summary>Reads entered values as typed values, collecting one error per input id.</summary>
public sealed class FormReader(IReadOnlyDictionary<string, string> values)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public bool Ok => _errors.Count == 0;

    public void Fail(string id, string message) => _errors.TryAdd(id, message);

    /// <summary>The trimmed text; a text over the field's <see cref="FieldLimits"/> is an error (and still returned, cut).</summary>
    public string? Text(string id)
    {
        var text = values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        if (FieldLimits.Problem(id, text) is { } problem)
        {
            Fail(id, problem);
            return text![..FieldLimits.For(id)];
        }
        return text;
    }

    public string Required(string id, string label)
    {
        var text = Text(id);
        if (text is null)
        {
            Fail(id, $"{label} is required.");
        }
        return text ?? "";
    }

    /// <summary>"… is required." at <paramref name="id"/> when <paramref name="value"/> is missing (and nothing else is wrong there).</summary>
    public void Require(string id, object? value, string label)
    {
        if (value is null)
        {
            Fail(id, $"{label} is required.");
        }
    }

    public DateOnly? Date(string id, string label, bool required = false) =>
        Parse(id, label, required, DateText.Format, DateText.Parse);

    public TimeOnly? Time(string id, string label, bool required = false) =>
        Parse(id, label, required, "a time (HH:mm)",
            t => TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (TimeOnly?)null);

    /// <summary>A whole number in the field's range (<see cref="NumberText.RangeFor"/>, raised to <paramref name="min"/>).</summary>
    public int? Int(string id, string label, bool required = false, int min = 0)
    {
        var (low, high) = NumberText.RangeFor(id);
        low = Math.Max(low, min);
        return Parse(id, label, required, NumberText.Describe(low, high), t => NumberText.ParseWhole(t, low, high));
    }

    public decimal? Money(string id, string label, bool required = false) =>
        Parse(id, label, required, MoneyText.Format, MoneyText.Parse);

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
