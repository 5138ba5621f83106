using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Views;

/// <summary>Reads our markup: <c>**bold**</c>, <c>[text](https://...)</c>, lines starting "- " as bullets.</summary>
internal static partial class MarkupParser
{
    public static Markup Parse(string authored) =>
        new([.. authored.Replace("\r", "").Split('\n').Select(Line)]);

    private static MarkupLine Line(string line)
    {
        var bullet = line.StartsWith("- ", StringComparison.Ordinal);
        var rest = bullet ? line[2..] : line;
        var spans = new List<Span>();
        var at = 0;
        foreach (Match m in Inline().Matches(rest))
        {
            if (m.Index > at)
            {
                spans.Add(new PlainSpan(rest[at..m.Index]));
            }
            spans.Add(m.Groups["bold"].Success ? new BoldSpan(m.Groups["bold"].Value) : new LinkSpan(m.Groups["text"].Value, m.Groups["url"].Value));
            at = m.Index + m.Length;
        }
        if (at < rest.Length || spans.Count == 0)
        {
            spans.Add(new PlainSpan(rest[at..]));
        }
        return new MarkupLine(spans, bullet);
    }

    [GeneratedRegex(@"\*\*(?<bold>[^*\n]+?)\*\*|\[(?<text>[^\]\n]+)\]\((?<url>https?://[^\s)]+)\)")]
    private static partial Regex Inline();
}
