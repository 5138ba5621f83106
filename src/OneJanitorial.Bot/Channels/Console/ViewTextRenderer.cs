using System.Text;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// A view as plain text for a terminal, straight from the view model: headings marked "# ", warnings "! ", bold as
/// plain words (never literal <c>**</c>), links as "text (url)", facts aligned, form fields as "> Label (required): value"
/// with their choices, details shown and marked (a terminal cannot toggle them), and the verb buttons as a numbered menu.
/// </summary>
public static class ViewTextRenderer
{
    private const string Rule = "+--------------------------------------------------------------";

    public static string Render(View view)
    {
        var text = new StringBuilder();
        text.AppendLine(Rule);
        foreach (var block in view.Blocks)
        {
            RenderBlock(text, block, "| ");
        }
        var menu = MenuOf(view);
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
    public static IReadOnlyList<VerbAction> MenuOf(View view) => [.. ViewTree.Actions(view).OfType<VerbAction>()];

    /// <summary>Markup as terminal text: bold as its words, links as "text (url)", bullets as "- ".</summary>
    public static string Plain(Markup markup) =>
        string.Join("\n", markup.Lines.Select(l => (l.Bullet ? "- " : "") + string.Concat(l.Spans.Select(Span))));

    private static string Span(Span span) => span switch
    {
        LinkSpan link when link.Text != link.Url => $"{link.Text} ({link.Url})",
        _ => span.Text,
    };

    private static void RenderBlock(StringBuilder text, Block block, string indent)
    {
        switch (block)
        {
            case Paragraph p:
                AppendLines(text, indent, Marker(p), Plain(p.Text));
                break;
            case Facts { Items.Count: > 0 } facts:
                var width = facts.Items.Max(f => f.Label.Length);
                foreach (var fact in facts.Items)
                {
                    AppendLines(text, indent, $"  {(fact.Label + ":").PadRight(width + 1)} ", fact.Value);
                }
                break;
            case Section section:
                section.Blocks.ToList().ForEach(b => RenderBlock(text, b, indent));
                break;
            case Detail detail:
                text.AppendLine($"{indent}(hidden section)");
                detail.Blocks.ToList().ForEach(b => RenderBlock(text, b, indent + "  "));
                break;
            case Divider:
                text.AppendLine($"{indent}---");
                break;
            case FormField field:
                RenderField(text, field, indent);
                break;
        }
    }

    private static void RenderField(StringBuilder text, FormField field, string indent)
    {
        var value = field.Kind is FieldKind.Choice or FieldKind.YesNo && field.Value is { } chosen
            ? string.Join(", ", chosen.Split(',').Select(v => field.Choices.FirstOrDefault(o => o.Value == v)?.Title ?? v))
            : field.Value;
        var required = field.Required ? " (required)" : "";
        text.AppendLine($"{indent}> {LabelOf(field)}{required}: {(string.IsNullOrEmpty(value) ? "____" : value)}");
        for (var i = 0; i < field.Choices.Count; i++)
        {
            text.AppendLine($"{indent}    {i + 1}) {field.Choices[i].Title}");
        }
        if (field.Error is not null)
        {
            text.AppendLine($"{indent}  ! {field.Error}");
        }
    }

    /// <summary>A field's prompt: its label, else what ticking it states, else its hint or id.</summary>
    public static string LabelOf(FormField field) => field.Label ?? field.Statement ?? field.Hint ?? field.Id;

    private static string Marker(Paragraph p) =>
        p.Tone is Tone.Attention or Tone.Warning ? "! "
        : p.Style is TextStyle.Heading or TextStyle.Title or TextStyle.Strong ? "# "
        : "";

    /// <summary>Multi-line values keep the left border and line up under the first line.</summary>
    private static void AppendLines(StringBuilder text, string indent, string marker, string value)
    {
        var pad = new string(' ', marker.Length);
        var lines = value.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            text.AppendLine(indent + (i == 0 ? marker : pad) + lines[i]);
        }
    }
}
