using System.Globalization;
using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// Asks for one card input on the terminal and returns the value as a Teams client would submit it (always a string;
/// ChoiceSet values comma-joined; toggles as valueOn/valueOff). Invalid or missing required answers are asked again.
/// </summary>
internal sealed class ConsoleInputPrompter(TextReader input, TextWriter output)
{
    /// <summary>The value to submit ("" when left empty), or null when the input stream ended.</summary>
    public async Task<string?> AskAsync(AdaptiveCard card, CardInput field, CancellationToken cancellationToken)
    {
        var label = ConsoleCardRenderer.LabelOf(card, field);
        var fallback = DefaultOf(field);
        while (true)
        {
            await output.WriteAsync($"  {label}{Hint(field, fallback)}: ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }
            var answer = line.Trim();
            if (answer.Length == 0)
            {
                answer = fallback ?? "";
            }
            if (answer.Length == 0 && field is not ToggleInput)
            {
                if (!ConsoleCardRenderer.IsRequired(card, field))
                {
                    return "";
                }
                await output.WriteLineAsync($"  {field.ErrorMessage ?? label + " is required."}");
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

    /// <summary>The value the client would submit untouched.</summary>
    public static string? DefaultOf(CardInput field) => field switch
    {
        TextInput t => t.Value,
        NumberInput n => n.Value?.ToString(CultureInfo.InvariantCulture),
        DateInput d => d.Value,
        TimeInput t => t.Value,
        ToggleInput t => t.Value ?? t.ValueOff ?? "false",
        ChoiceSetInput c => c.Value,
        _ => null,
    };

    private static string Hint(CardInput field, string? fallback)
    {
        var kind = field switch
        {
            DateInput => " (yyyy-MM-dd)",
            TimeInput => " (HH:mm)",
            ToggleInput => " (y/n)",
            ChoiceSetInput { IsMultiSelect: true } => " (numbers, comma-separated)",
            ChoiceSetInput => " (number)",
            _ => "",
        };
        return kind + (string.IsNullOrEmpty(fallback) ? "" : $" [{fallback}]");
    }

    private static (string? Value, string? Error) Convert(CardInput field, string answer) => field switch
    {
        DateInput => DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (answer, null) : (null, "Please enter a date as yyyy-MM-dd, e.g. 2026-03-14."),
        TimeInput => TimeOnly.TryParseExact(answer, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (answer, null) : (null, "Please enter a time as HH:mm, e.g. 07:30."),
        NumberInput n => ConvertNumber(n, answer),
        ToggleInput t => ConvertToggle(t, answer),
        ChoiceSetInput c => ConvertChoice(c, answer),
        TextInput { MaxLength: { } max } when answer.Length > max => (null, $"Please keep it under {max} characters."),
        _ => (answer, null),
    };

    private static (string?, string?) ConvertNumber(NumberInput field, string answer)
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

    private static (string?, string?) ConvertToggle(ToggleInput field, string answer) => answer.ToLowerInvariant() switch
    {
        "y" or "yes" or "true" or "1" => (field.ValueOn ?? "true", null),
        "n" or "no" or "false" or "0" => (field.ValueOff ?? "false", null),
        _ when answer == (field.ValueOn ?? "true") || answer == (field.ValueOff ?? "false") => (answer, null),
        _ => (null, "Please answer y or n."),
    };

    private static (string?, string?) ConvertChoice(ChoiceSetInput field, string answer)
    {
        var picked = new List<string>();
        foreach (var part in field.IsMultiSelect == true ? answer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [answer])
        {
            var choice = int.TryParse(part, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= field.Choices.Count
                ? field.Choices[n - 1]
                : field.Choices.FirstOrDefault(c => c.Value.Equals(part, StringComparison.OrdinalIgnoreCase) || c.Title.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (choice is null)
            {
                return (null, $"Please pick 1 to {field.Choices.Count}.");
            }
            picked.Add(choice.Value);
        }
        return (string.Join(",", picked), null);
    }
}
