using System.Text;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

public static partial class CardText
{
    /// <summary>
    /// Literal text as card Markdown: only what would start formatting is backslash-escaped — emphasis and code
    /// (<c>* _ ` ~ \</c>), the <c>](</c> of a link, an HTML tag or autolink (<c>&lt;</c> before a letter, "/" or "!"), an entity
    /// (<c>&amp;name;</c>), and list, heading and quote markers at a line start ("- ", "+ ", "# ", "&gt; ", "1. ") — so "[R1]",
    /// "#42" or "Q&amp;A" stay as written. Direction overrides and control characters go (<see cref="VisibleText.Strip"/>);
    /// line breaks stay. <paramref name="atLineStart"/> is false for text that continues a line.
    /// </summary>
    public static string Escape(string? text, bool atLineStart = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        // Nearly all text has nothing hidden, and a regex that matches nothing returns its input: then no copy is made.
        var inline = Inline().Replace(VisibleText.Strip(text), @"\$0");
        // One of mark or num+delim matched, the other group is empty: "- " becomes "\\- ", "1. " becomes "1\\. ".
        return (atLineStart ? LineStart() : LineStartAfterBreak()).Replace(inline, @"${lead}${num}\${mark}${delim}");
    }

    /// <summary>What <see cref="Escape"/>d text reads as, for channels that show cards as plain text (the console).</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] < 128 && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
            {
                i++;
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"[\\*_`~]|\](?=\()|<(?=[A-Za-z/!])|&(?=#?\w+;)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^(?<lead>[ \t]*)(?:(?<mark>[-+#>])|(?<num>\d+)(?<delim>[.)]))(?=\s|$)", RegexOptions.Multiline)]
    private static partial Regex LineStart();

    /// <summary>Line starts after a line break only (the text continues a line that began before it).</summary>
    [GeneratedRegex(@"(?<lead>\n[ \t]*)(?:(?<mark>[-+#>])|(?<num>\d+)(?<delim>[.)]))(?=\s|$)")]
    private static partial Regex LineStartAfterBreak();
}
