using System.Runtime.CompilerServices;
using System.Text;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>
/// Our markup as the Markdown subset Teams renders in cards and messages. Literal text goes through
/// <see cref="CardText.Escape"/>, so user text shows as typed.
/// </summary>
public static class CardMarkdown
{
    /// <summary>
    /// Lines stay lines on every client: card Markdown joins single line breaks into one paragraph, so each line is
    /// its own paragraph (blank ones dropped; bullets become a loosely spaced list).
    /// </summary>
    public static string Render(Markup markup) =>
        Length(markup) < RenderOnceFromChars ? RenderLines(markup) : Rendered.GetValue(markup, RenderLines);

    // Markup is immutable, and a long text is often the same instance shown again (an SOP section on every answer card
    // citing it): rendered once while the instance lives. Short texts cost less to render than to remember.
    private const int RenderOnceFromChars = 512;
    private static readonly ConditionalWeakTable<Markup, string> Rendered = [];

    // Indexed loops: Lines and Spans are interfaces, whose enumerators (and LINQ over them) are allocated per line.
    private static int Length(Markup markup)
    {
        var length = 0;
        var lines = markup.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var spans = lines[i].Spans;
            for (var j = 0; j < spans.Count; j++)
            {
                length += spans[j].Text.Length;
            }
        }
        return length;
    }

    private static string RenderLines(Markup markup)
    {
        var lines = markup.Lines;
        var shown = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Shown(lines[i]))
            {
                shown.Add(Line(lines[i]));
            }
        }
        return string.Join("\n\n", shown);
    }

    private static bool Shown(MarkupLine line)
    {
        if (line.Bullet)
        {
            return true;
        }
        var spans = line.Spans;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!spans[i].Text.AsSpan().Trim().IsEmpty)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A chat message's text: its lines as they are. <see cref="Markup.Verbatim"/> text is a fenced code block, the only
    /// Markdown that keeps single line breaks, blank lines and literal characters on every Teams client.
    /// </summary>
    public static string RenderMessage(Markup markup) =>
        markup.Verbatim ? CodeBlock(markup.ToPlainText()) : string.Join("\n", markup.Lines.Select(Line));

    /// <summary>A fence longer than any run of backticks in the text, so no line of it can close the block.</summary>
    private static string CodeBlock(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}\n{text}\n{fence}";
    }

    public static string Escape(string text) => CardText.Escape(text);

    private static string Line(MarkupLine line)
    {
        if (line.Spans is [var only] && only is not (BoldSpan or LinkSpan))
        {
            // The common line, one plain span: its escaped text without a builder.
            return (line.Bullet ? "- " : "") + CardText.Escape(only.Text, atLineStart: !line.Bullet);
        }
        var text = new StringBuilder(line.Bullet ? "- " : "");
        var spans = line.Spans;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            text.Append(span switch
            {
                BoldSpan b => $"**{Escape(b.Text)}**",
                LinkSpan l => $"[{Escape(l.Text)}]({l.Url.Replace(")", "%29", StringComparison.Ordinal)})",
                _ => CardText.Escape(span.Text, atLineStart: span == spans[0] && !line.Bullet),
            });
        }
        return text.ToString();
    }
}
