using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// PDFs through PdfPig: words are grouped into lines by baseline; a line set clearly larger than the
/// body text is a heading (bigger size = higher level); consecutive body lines form a paragraph.
/// </summary>
public static class PdfDocumentReader
{
    private const double HeadingRatio = 1.15;

    public static ParsedDocument Read(Stream stream)
    {
        using var pdf = PdfDocument.Open(stream);
        var lines = pdf.GetPages().SelectMany(ReadLines).ToList();
        if (lines.Count == 0)
        {
            return new ParsedDocument(null, []);
        }
        var bodySize = lines.GroupBy(l => Math.Round(l.Size)).OrderByDescending(g => g.Count()).First().Key;
        var headingSizes = lines.Select(l => Math.Round(l.Size)).Where(s => s >= bodySize * HeadingRatio)
            .Distinct().OrderByDescending(s => s).ToList();
        var title = pdf.Information.Title;
        return new ParsedDocument(string.IsNullOrWhiteSpace(title) ? null : title, ToElements(lines, headingSizes));
    }

    private static List<DocElement> ToElements(List<PdfLine> lines, List<double> headingSizes)
    {
        var elements = new List<DocElement>();
        var paragraph = new List<string>();
        foreach (var line in lines)
        {
            var level = headingSizes.IndexOf(Math.Round(line.Size)) + 1;
            var startsItem = line.Text.StartsWith("- ", StringComparison.Ordinal) || line.Text.StartsWith("• ", StringComparison.Ordinal);
            if ((level > 0 || startsItem || line.GapBefore) && paragraph.Count > 0)
            {
                elements.Add(new ParagraphElement(string.Join(" ", paragraph)));
                paragraph.Clear();
            }
            if (level > 0)
            {
                elements.Add(new HeadingElement(Math.Min(level, 6), line.Text));
            }
            else
            {
                paragraph.Add(line.Text);
            }
        }
        if (paragraph.Count > 0)
        {
            elements.Add(new ParagraphElement(string.Join(" ", paragraph)));
        }
        return elements;
    }

    private static IEnumerable<PdfLine> ReadLines(Page page)
    {
        var grouped = page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .ToList();
        double? previousBottom = null;
        double previousSize = 0;
        foreach (var group in grouped)
        {
            var words = group.OrderBy(w => w.BoundingBox.Left).ToList();
            var size = words.SelectMany(w => w.Letters).Average(l => l.PointSize);
            var gap = previousBottom is { } bottom && bottom - group.Key > Math.Max(size, previousSize) * 1.8;
            yield return new PdfLine(string.Join(" ", words.Select(w => w.Text)), size, gap);
            previousBottom = group.Key;
            previousSize = size;
        }
    }

    private sealed record PdfLine(string Text, double Size, bool GapBefore);
}
