using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>
/// Views as Adaptive Cards for Teams: version 1.2 and Action.Submit only (Teams mobile), labels as bold text above
/// each input (the 1.3 label properties fail on 1.2), the server's error right under its input, details as hidden
/// containers with a toggle button. Button data is <c>{ "verb": …, payload… }</c>; Teams merges the input values into it.
/// Text shown as written (fallback, fact titles, button, toggle and choice titles, placeholders, input values) goes
/// through <see cref="Plain"/>, as Markdown text goes through <see cref="CardText.Escape"/>: a client, building or cleaner
/// name can reach any of them.
/// </summary>
public static class AdaptiveCardRenderer
{
    public static AdaptiveCard Render(View view) => new()
    {
        FallbackText = Plain(view.Summary),
        Body = view.Blocks is SharedBlocks shared ? Rendered.GetValue(shared, static s => new RenderedBody(Elements(s))) : Elements(view.Blocks),
        Actions = [.. view.Actions.Select(Action)],
    };

    // Blocks shared by many views are rendered (and serialized, RenderedBody) once while they live.
    private static readonly ConditionalWeakTable<SharedBlocks, RenderedBody> Rendered = [];

    public static CardAction Action(ViewAction action) => action switch
    {
        VerbAction v => new SubmitAction(Plain(v.Title), Data(v)),
        RevealAction r => new ToggleVisibilityAction(Plain(r.Title), [r.DetailId]),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name),
    };

    public static JsonObject Data(VerbAction action) =>
        CardData.For(action.Verb.Name, [.. action.Payload.Select(p => (p.Key, (string?)p.Value))]);

    private static List<CardElement> Elements(IEnumerable<Block> blocks)
    {
        var elements = new List<CardElement>();
        var separate = false;
        foreach (var block in blocks)
        {
            if (block is Divider)
            {
                separate = true;
                continue;
            }
            var rendered = Element(block).ToList();
            if (separate && rendered.Count > 0)
            {
                rendered[0] = rendered[0] with { Separator = true };
                separate = false;
            }
            elements.AddRange(rendered);
        }
        return elements;
    }

    private static IEnumerable<CardElement> Element(Block block) => block switch
    {
        Paragraph p => [Text(p)],
        Facts f => [new FactSet([.. f.Items.Select(i => new Fact(Plain(i.Label), CardMarkdown.Escape(i.Value)))])],
        Section s => [new Container(Elements(s.Blocks)) { Style = s.Emphasis ? "emphasis" : null }],
        Detail d => [new Container(Elements(d.Blocks)) { Id = d.Id, IsVisible = false, Style = d.Emphasis ? "emphasis" : null }],
        Buttons b => ButtonRows(b),
        FormField f => CardForm.Field(f.Label, Input(f), f.Required, f.Error),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name),
    };

    /// <summary>
    /// A reveal with a hide title is two toggles in hidden/shown containers that swap with the detail (1.2 cannot
    /// retitle a button): "Show full section" while it is hidden, "Show less" while it shows.
    /// </summary>
    private static IEnumerable<CardElement> ButtonRows(Buttons buttons)
    {
        var toggles = buttons.Actions.OfType<RevealAction>().Where(r => r.HideTitle is not null).ToList();
        var rest = buttons.Actions.Where(a => !toggles.Contains(a)).ToList();
        if (rest.Count > 0)
        {
            yield return new ActionSet([.. rest.Select(Action)]);
        }
        foreach (var toggle in toggles)
        {
            string[] swap = [toggle.DetailId, toggle.DetailId + "-show", toggle.DetailId + "-hide"];
            yield return new Container([new ActionSet([new ToggleVisibilityAction(Plain(toggle.Title), swap)])]) { Id = swap[1] };
            yield return new Container([new ActionSet([new ToggleVisibilityAction(Plain(toggle.HideTitle!), swap)])]) { Id = swap[2], IsVisible = false };
        }
    }

    private static TextBlock Text(Paragraph p) => new(CardMarkdown.Render(p.Text))
    {
        Size = p.Style switch
        {
            TextStyle.Heading => "Medium",
            TextStyle.Title => "Large",
            TextStyle.Small or TextStyle.SmallStrong or TextStyle.Caption => "Small",
            _ => null,
        },
        Weight = p.Style is TextStyle.Heading or TextStyle.Title or TextStyle.Strong or TextStyle.SmallStrong ? "Bolder" : null,
        IsSubtle = p.Style is TextStyle.Muted or TextStyle.Caption ? true : null,
        Color = p.Tone == Tone.Default ? null : p.Tone.ToString(),
        Spacing = p.Tight ? "None" : null,
    };

    private static CardInput Input(FormField f) => f.Kind switch
    {
        FieldKind.Text or FieldKind.Multiline => new TextInput
        {
            Id = f.Id, Value = Plain(f.Value), IsMultiline = f.Kind == FieldKind.Multiline ? true : null, Placeholder = Plain(f.Hint), MaxLength = f.MaxLength,
        },
        FieldKind.Number or FieldKind.Money => new NumberInput
        {
            Id = f.Id, Min = f.Min, Max = f.Max, Placeholder = Plain(f.Hint),
            Value = double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
        },
        FieldKind.Date => new DateInput { Id = f.Id, Value = Plain(f.Value) },
        FieldKind.Time => new TimeInput { Id = f.Id, Value = Plain(f.Value) },
        FieldKind.Check => new ToggleInput(Plain(f.Statement ?? f.Label ?? f.Id)) { Id = f.Id, Value = f.Value ?? "false", ValueOn = "true", ValueOff = "false" },
        // One tap, not a drop-down's two: Yes and No as radio buttons (1.2 has no button group input).
        FieldKind.YesNo => Choices(f, f.Choices) with { Style = "expanded" },
        _ => Choices(f, f.Choices),
    };

    private static ChoiceSetInput Choices(FormField f, IReadOnlyList<Option> options) =>
        new([.. options.Select(o => new Choice(Plain(o.Title), o.Value))]) { Id = f.Id, Value = f.Value, Style = "compact" };

    /// <summary>Text a card shows as written, not as Markdown: the one rule <see cref="VisibleText"/>.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Plain(string? text) => text is null ? null : VisibleText.Strip(text);
}
