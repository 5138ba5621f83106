using System.Text.RegularExpressions;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>Reads a passage back into what an answer shows: a table row as label and cells, list lines as items, sentences.</summary>
public static partial class PassageParts
{
    /// <summary>A table row: its first cell as the label, the other cells ("Header: value") joined.</summary>
    public static SopAnswerItem Row(Passage passage)
    {
        var cells = passage.Text.Split('\n').Select(l => l.Split(": ", 2)).ToList();
        var label = passage.RowLabel;
        var rest = cells.Skip(1).Select(c => c.Length == 2 ? (cells.Count == 2 ? c[1] : $"{c[0]}: {c[1]}") : c[0]);
        return new SopAnswerItem(label, string.Join("; ", rest));
    }

    /// <summary>The lines of a list or paragraph passage, without list markers and check marks.</summary>
    public static IEnumerable<string> Lines(Passage passage) =>
        passage.Text.Split('\n').Select(Clean).Where(l => l.Length > 0);

    /// <summary>The sentences of a line (a long paragraph answers in one of them); a quotation is never cut.</summary>
    public static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(line))
        {
            if (line.AsSpan(0, end.Index).Count('"') % 2 == 0)
            {
                yield return line[start..end.Index].Trim();
                start = end.Index + end.Length;
            }
        }
        if (line[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    /// <summary>True when a line does not read on its own: "IF NO: …", "Then: …", "(Listen …)", a quote's tail.</summary>
    public static bool IsFragment(string line) =>
        line.Length == 0 || Fragment().IsMatch(line) || char.IsLower(line[0]);

    public static bool IsListLine(string line) => line.TrimStart().StartsWith("- ", StringComparison.Ordinal);

    public static string Clean(string line) => line.Trim().TrimStart('-', ' ').TrimStart('✓', ' ').Trim();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(IF\b|If\b|Then\b|Or\b|And\b|But\b|So\b|\(|""|“|…|—|-)")]
    private static partial Regex Fragment();
}
