namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>Pipe-table lines ("| a | b |") in plain text: the first row is the header, "|---|" rows are skipped.</summary>
internal static class PipeTable
{
    public static void AddLine(List<IReadOnlyList<string>> rows, string line)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
        if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
        {
            return;
        }
        rows.Add(cells);
    }

    public static TableElement ToElement(List<IReadOnlyList<string>> rows) =>
        new(rows[0], [.. rows.Skip(1).Select(r => NormalizeWidth(r, rows[0].Count))]);

    // A row with more cells than the header had unescaped pipes inside its last cell: keep them as text.
    private static IReadOnlyList<string> NormalizeWidth(IReadOnlyList<string> row, int width) =>
        row.Count <= width || width == 0
            ? row
            : [.. row.Take(width - 1), string.Join(" | ", row.Skip(width - 1))];
}
