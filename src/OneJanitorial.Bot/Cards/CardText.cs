using System.Text;

namespace OneJanitorial.Bot.Cards;

public static class CardText
{
    /// <summary>Characters that start card Markdown (emphasis, links, code, HTML, headings, tables) anywhere in a line.</summary>
    private const string Markup = "\\*_[]`~<>#|&";

    /// <summary>
    /// Keeps each line of plain text on its own line in a TextBlock: card Markdown joins single line breaks
    /// into one paragraph, so lines become paragraphs (blank lines dropped).
    /// </summary>
    public static string KeepLines(string text) => string.Join("\n\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// User text as literal card text: Markdown characters are backslash-escaped (so "[x](https://…)" or "**" shows as
    /// typed instead of becoming a link or bold, and a leading "-", "+" or "1." is not a list), and direction overrides
    /// and other control characters (which could reorder what the reader sees) are removed. Line breaks stay.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHidden(c))
            {
                continue;
            }
            if (lineStart && OrderedMarker(text, i) is { } end)
            {
                // "12." → "12\.": the digits stay, the delimiter no longer makes a list.
                builder.Append(text, i, end - i).Append('\\').Append(text[end]);
                i = end;
                lineStart = false;
                continue;
            }
            if (Markup.Contains(c) || (lineStart && c is '-' or '+'))
            {
                builder.Append('\\');
            }
            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return builder.ToString();
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

    /// <summary>The index of the "." or ")" after a run of digits starting at <paramref name="i"/> ("1." starts a list); null otherwise.</summary>
    private static int? OrderedMarker(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end > i && end < text.Length && text[end] is '.' or ')' ? end : null;
    }

    /// <summary>Bidi embeddings/overrides/isolates, marks, and control characters other than line break and tab.</summary>
    private static bool IsHidden(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
        || (char.IsControl(c) && c is not '\n' and not '\t');
}
