using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>How a Teams client turns a button press into turn data, for <see cref="ConversationScript"/>.</summary>
internal static class ScriptButtons
{
    /// <summary>Submit/Execute buttons with the inputs they send (a ShowCard's buttons also send the parent card's inputs).</summary>
    public static IReadOnlyList<(CardAction Action, IReadOnlyList<CardInput> Form)> Of(AdaptiveCard card, IReadOnlyList<CardInput>? parentInputs = null)
    {
        IReadOnlyList<CardInput> form = [.. parentInputs ?? [], .. CardTree.Inputs(card)];
        var buttons = new List<(CardAction, IReadOnlyList<CardInput>)>();
        foreach (var action in CardTree.Actions(card))
        {
            if (action is ShowCardAction show)
            {
                buttons.AddRange(Of(show.Card, form));
            }
            else if (action is SubmitAction or ExecuteAction)
            {
                buttons.Add((action, form));
            }
        }
        return buttons;
    }

    public static JsonObject DataOf(CardAction action) => action switch
    {
        SubmitAction s => s.Data,
        ExecuteAction e => e.Data,
        _ => [],
    };

    /// <summary>The button's data, then every input's value (defaults, overridden by <paramref name="values"/>), inputs winning.</summary>
    public static JsonObject Submission(CardAction action, IReadOnlyList<CardInput> form, IReadOnlyDictionary<string, string> values)
    {
        var ids = form.Select(i => i.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unknown = values.Keys.Where(k => !ids.Contains(k)).ToList();
        Assert.True(unknown.Count == 0, $"The card has no input {string.Join(", ", unknown)}; its inputs: {string.Join(", ", ids)}.");

        var data = (JsonObject)DataOf(action).DeepClone();
        if (action is ExecuteAction execute)
        {
            data[CardData.VerbKey] ??= execute.Verb;
        }
        var sendsInputs = action is not SubmitAction { AssociatedInputs: "none" } && action is not ExecuteAction { AssociatedInputs: "none" };
        foreach (var input in form.Where(i => sendsInputs && i.Id is not null))
        {
            var value = values.TryGetValue(input.Id!, out var given) ? given : DefaultOf(input);
            if (value is not null)
            {
                data[input.Id!] = value;
            }
        }
        return data;
    }

    /// <summary>The value a Teams client submits for an input left untouched.</summary>
    private static string? DefaultOf(CardInput input) => input switch
    {
        TextInput t => t.Value,
        NumberInput n => n.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateInput d => d.Value,
        TimeInput t => t.Value,
        ToggleInput t => t.Value ?? t.ValueOff ?? "false",
        ChoiceSetInput c => c.Value,
        _ => null,
    };
}
