namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// Plain text: pipe-table lines become tables, "-", "*" and "•" lines become lists, a short line without
/// closing punctuation followed by text becomes a heading, and every other line a paragraph.
/// </summary>
public static class PlainTextDocumentReader
{
    private const int MaxHeadingLength = 80;
    private static readonly char[] ListMarkers = ['-', '*', '•'];

    public static ParsedDocument Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToArray();
        var elements = new List<DocElement>();
        var items = new List<string>();
        var table = new List<IReadOnlyList<string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!IsListItem(line) && items.Count > 0)
            {
                elements.Add(new ListElement([.. items]));
                items.Clear();
            }
            if (!line.StartsWith('|') && table.Count > 0)
            {
                elements.Add(PipeTable.ToElement(table));
                table.Clear();
            }
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith('|'))
            {
                PipeTable.AddLine(table, line);
            }
            else if (IsListItem(line))
            {
                items.Add(line.TrimStart(ListMarkers).Trim());
            }
            else if (IsHeading(line, NextNonEmpty(lines, i)))
            {
                elements.Add(new HeadingElement(2, line));
            }
            else
            {
                elements.Add(new ParagraphElement(line));
            }
        }
        if (items.Count > 0)
        {
            elements.Add(new ListElement([.. items]));
        }
        if (table.Count > 0)
        {
            elements.Add(PipeTable.ToElement(table));
        }
        return new ParsedDocument(null, elements);
    }

    private static bool IsListItem(string line) =>
        line.Length > 1 && ListMarkers.Contains(line[0]) && char.IsWhiteSpace(line[1]);

    private static bool IsHeading(string line, string? next) =>
        next is not null
        && line.Length <= MaxHeadingLength
        && char.IsLetterOrDigit(line[0])
        && !".:;,!?\"”)".Contains(line[^1])
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;

    private static string? NextNonEmpty(string[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (lines[j].Length > 0)
            {
                return lines[j];
            }
        }
        return null;
    }
}
