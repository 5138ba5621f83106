using System.Text;
using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// Renders a card as plain text for a terminal: headings, text, facts, inputs with their choices, and the
/// buttons as a numbered menu. Hidden sections are shown (marked), since a terminal cannot toggle them.
/// </summary>
public static class ConsoleCardRenderer
{
    private const string Rule = "+--------------------------------------------------------------";

    public static string Render(AdaptiveCard card)
    {
        var text = new StringBuilder();
        text.AppendLine(Rule);
        foreach (var element in card.Body)
        {
            RenderElement(text, element, "| ", card);
        }
        var menu = MenuOf(card);
        if (menu.Count > 0)
        {
            text.AppendLine("|");
            for (var i = 0; i < menu.Count; i++)
            {
                text.AppendLine($"| [{i + 1}] {menu[i].Title}");
            }
        }
        text.AppendLine(Rule);
        return text.ToString();
    }

    /// <summary>The buttons a terminal user can choose, in the numbering <see cref="Render"/> shows.</summary>
    public static IReadOnlyList<CardAction> MenuOf(AdaptiveCard card) =>
        [.. CardTree.Actions(card).Where(a => a is not ToggleVisibilityAction)];

    /// <summary>An input's prompt: its label, else its <see cref="CardForm"/> label TextBlock (1.2 forms), else placeholder or id.</summary>
    public static string LabelOf(AdaptiveCard card, CardInput input) =>
        input.Label
        ?? FormLabelOf(card, input)?.Text.TrimEnd(' ', '*')
        ?? (input as TextInput)?.Placeholder
        ?? input.Id
        ?? "value";

    /// <summary>isRequired (1.3), or a <see cref="CardForm"/> label marked with "*" (1.2).</summary>
    public static bool IsRequired(AdaptiveCard card, CardInput input) =>
        input.IsRequired == true || FormLabelOf(card, input)?.Text.EndsWith('*') == true;

    private static TextBlock? FormLabelOf(AdaptiveCard card, CardInput input) =>
        input.Id is null ? null : CardTree.Elements(card).OfType<TextBlock>().FirstOrDefault(t => t.Id == CardForm.LabelIdFor(input.Id));

    private static bool IsFormLabel(AdaptiveCard card, TextBlock block) =>
        block.Id is not null && CardTree.Inputs(card).Any(i => i.Id is not null && CardForm.LabelIdFor(i.Id) == block.Id);

    private static void RenderElement(StringBuilder text, CardElement element, string indent, AdaptiveCard card)
    {
        if (element.IsVisible == false)
        {
            text.AppendLine($"{indent}(hidden section)");
            indent += "  ";
        }
        switch (element)
        {
            case TextBlock block when IsFormLabel(card, block):
                break; // the input's own line shows it
            case TextBlock block:
                AppendLines(text, indent, StyleOf(block), block.Text);
                break;
            case FactSet facts:
                var width = facts.Facts.Max(f => f.Title.Length);
                foreach (var fact in facts.Facts)
                {
                    AppendLines(text, indent, $"  {(fact.Title + ":").PadRight(width + 1)} ", fact.Value);
                }
                break;
            case Container container:
                container.Items.ToList().ForEach(e => RenderElement(text, e, indent, card));
                break;
            case ColumnSet columns:
                columns.Columns.SelectMany(c => c.Items).ToList().ForEach(e => RenderElement(text, e, indent, card));
                break;
            case CardInput input:
                RenderInput(text, input, indent, card);
                break;
        }
    }

    private static void RenderInput(StringBuilder text, CardInput input, string indent, AdaptiveCard card)
    {
        var value = ConsoleInputPrompter.DefaultOf(input);
        if (input is ChoiceSetInput set && value is not null)
        {
            value = string.Join(", ", value.Split(',').Select(v => set.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v));
        }
        var required = IsRequired(card, input) ? " (required)" : "";
        text.AppendLine($"{indent}> {LabelOf(card, input)}{required}: {(string.IsNullOrEmpty(value) ? "____" : value)}");
        if (input is ChoiceSetInput choices)
        {
            for (var i = 0; i < choices.Choices.Count; i++)
            {
                text.AppendLine($"{indent}    {i + 1}) {choices.Choices[i].Title}");
            }
        }
    }

    private static string StyleOf(TextBlock block) =>
        block.Color?.Equals("Attention", StringComparison.OrdinalIgnoreCase) == true ? "! "
        : block.Weight?.Equals("Bolder", StringComparison.OrdinalIgnoreCase) == true || block.Size is "Large" or "ExtraLarge" ? "# "
        : "";

    /// <summary>Multi-line values keep the card's left border and line up under the first line.</summary>
    private static void AppendLines(StringBuilder text, string indent, string marker, string value)
    {
        var pad = new string(' ', marker.Length);
        var lines = CardText.Unescape(value).Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            text.AppendLine(indent + (i == 0 ? marker : pad) + lines[i]);
        }
    }
}
