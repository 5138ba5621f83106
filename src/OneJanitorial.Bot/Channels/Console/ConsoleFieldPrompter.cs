using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// Asks for one form field on the terminal, from its declaration, and returns the text a chat client would submit
/// (dates yyyy-MM-dd, times HH:mm, invariant numbers, a choice's value, "yes"/"no", "true"/"false"). Invalid answers and
/// missing required ones are asked again.
/// </summary>
internal sealed class ConsoleFieldPrompter(TextReader input, TextWriter output)
{
    /// <summary>The value to submit ("" when left empty), or null when the input stream ended.</summary>
    public async Task<string?> AskAsync(FormField field, CancellationToken cancellationToken)
    {
        var label = ViewTextRenderer.LabelOf(field);
        var fallback = DefaultOf(field);
        while (true)
        {
            await output.WriteAsync($"  {label}{Hint(field, fallback)}: ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }
            var answer = line.Trim() is { Length: > 0 } typed ? typed : fallback ?? "";
            if (answer.Length == 0)
            {
                if (!field.Required)
                {
                    return "";
                }
                await output.WriteLineAsync($"  {label} is required.");
                continue;
            }
            var (value, error) = Convert(field, answer);
            if (error is null)
            {
                return value;
            }
            await output.WriteLineAsync($"  {error}");
        }
    }

    /// <summary>What the field submits untouched: its value; an unticked check is "false".</summary>
    private static string? DefaultOf(FormField field) => field.Kind == FieldKind.Check ? field.Value ?? "false" : field.Value;

    private static string Hint(FormField field, string? fallback)
    {
        var kind = field.Kind switch
        {
            FieldKind.Date => " (yyyy-MM-dd)",
            FieldKind.Time => " (HH:mm)",
            FieldKind.Check => " (y/n)",
            FieldKind.Choice or FieldKind.YesNo => " (number)",
            _ => "",
        };
        return kind + (string.IsNullOrEmpty(fallback) ? "" : $" [{fallback}]");
    }

    private static (string? Value, string? Error) Convert(FormField field, string answer) => field.Kind switch
    {
        FieldKind.Date => DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (answer, null) : (null, "Please enter a date as yyyy-MM-dd, e.g. 2026-03-14."),
        FieldKind.Time => TimeOnly.TryParseExact(answer, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (answer, null) : (null, "Please enter a time as HH:mm, e.g. 07:30."),
        FieldKind.Number or FieldKind.Money => ConvertNumber(field, answer),
        FieldKind.Check => ConvertCheck(answer),
        FieldKind.Choice or FieldKind.YesNo => ConvertChoice(field.Choices, answer),
        _ when field.MaxLength is { } max && answer.Length > max => (null, $"Please keep it under {max} characters."),
        _ => (answer, null),
    };

    private static (string?, string?) ConvertNumber(FormField field, string answer)
    {
        if (!double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (null, "Please enter a number.");
        }
        if (number < field.Min || number > field.Max)
        {
            return (null, $"Please enter a number from {field.Min} to {field.Max}.");
        }
        return (answer, null);
    }

    private static (string?, string?) ConvertCheck(string answer) => answer.ToLowerInvariant() switch
    {
        "y" or "yes" or "true" or "1" => ("true", null),
        "n" or "no" or "false" or "0" => ("false", null),
        _ => (null, "Please answer y or n."),
    };

    /// <summary>A choice by its number, value or title.</summary>
    private static (string?, string?) ConvertChoice(IReadOnlyList<Option> options, string answer)
    {
        var choice = int.TryParse(answer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= options.Count
            ? options[n - 1]
            : options.FirstOrDefault(o => o.Value.Equals(answer, StringComparison.OrdinalIgnoreCase) || o.Title.Equals(answer, StringComparison.OrdinalIgnoreCase));
        return choice is null ? (null, $"Please pick 1 to {options.Count}.") : (choice.Value, null);
    }
}
