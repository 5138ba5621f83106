using System.Text;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>What a dialog sees on a turn: the turn itself and where to reply.</summary>
public sealed class DialogContext(IncomingTurn turn, ITurnOutput output)
{
    public IncomingTurn Turn { get; } = turn;

    /// <summary>
    /// Replies of this turn. They are held back until the dialog state is saved, so a turn that loses a
    /// concurrency race says nothing it did not do. <see cref="ITurnOutput.SendAsync"/> therefore returns null.
    /// </summary>
    public ITurnOutput Output { get; } = output;

    /// <summary>
    /// The dialog instance and step the pressed card was shown for (<see cref="DialogActions.StepKey"/>); the same on a
    /// redelivery or a second click of that card, so it keys work that must happen once per step. Null for typed text.
    /// </summary>
    public string? StepToken => Data[DialogActions.StepKey] is JsonValue v && v.TryGetValue<string>(out var token) ? token : null;

    /// <summary>The submitted card data (action data merged with input values); empty for a typed message.</summary>
    public JsonObject Data => Turn.Data ?? [];

    /// <summary>Whether the pressed button's verb is <paramref name="verb"/>.</summary>
    public bool Is(Verb verb) => Turn.Is(verb);

    /// <summary>
    /// An input value as trimmed text; null when missing or blank. Channels send every input value as a string.
    /// Broken UTF-16 (a lone surrogate, which no card or store can encode) becomes U+FFFD.
    /// </summary>
    public string? Text(string inputId) =>
        Data[inputId] is JsonValue v && v.ToString().Trim() is { Length: > 0 } text ? WellFormed(text) : null;

    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}
