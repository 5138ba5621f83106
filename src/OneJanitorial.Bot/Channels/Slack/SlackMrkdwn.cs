using System.Text;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Our markup as Slack mrkdwn: <c>*bold*</c>, <c>&lt;url|text&gt;</c>, "• " bullets; literal text with &amp;, &lt;, &gt; escaped.</summary>
public static class SlackMrkdwn
{
    /// <summary><see cref="Markup.Verbatim"/> text is a code block: lines kept, <c>*</c> and <c>_</c> not formatting.</summary>
    public static string Render(Markup markup) => markup.Verbatim
        ? "```\n" + SlackText.Escape(markup.ToPlainText()).Replace("```", "`\u200B``", StringComparison.Ordinal) + "\n```"
        : string.Join("\n", markup.Lines.Select(Line));

    private static string Line(MarkupLine line)
    {
        var text = new StringBuilder(line.Bullet ? "• " : "");
        foreach (var span in line.Spans)
        {
            text.Append(span switch
            {
                BoldSpan b => $"*{SlackText.Escape(b.Text)}*",
                LinkSpan l => $"<{l.Url.Replace("|", "%7C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}|{SlackText.Escape(l.Text)}>",
                _ => SlackText.Escape(span.Text),
            });
        }
        return text.ToString();
    }
}
