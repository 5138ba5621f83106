using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>Word documents: "Title"/"HeadingN" styles are headings, numbered or list-styled paragraphs are lists, tables keep their first row as header.</summary>
public static class DocxDocumentReader
{
    public static ParsedDocument Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var title = document.PackageProperties.Title;
        var elements = new List<DocElement>();
        var items = new List<string>();
        foreach (var element in body?.ChildElements ?? [])
        {
            var isListItem = element is Paragraph p && IsListItem(p);
            if (!isListItem && items.Count > 0)
            {
                elements.Add(new ListElement([.. items]));
                items.Clear();
            }
            switch (element)
            {
                case Paragraph paragraph when isListItem:
                    items.Add(paragraph.InnerText.Trim());
                    break;
                case Paragraph paragraph:
                    AddParagraph(elements, paragraph);
                    break;
                case Table table:
                    elements.Add(ReadTable(table));
                    break;
            }
        }
        if (items.Count > 0)
        {
            elements.Add(new ListElement([.. items]));
        }
        return new ParsedDocument(string.IsNullOrWhiteSpace(title) ? null : title, elements);
    }

    private static void AddParagraph(List<DocElement> elements, Paragraph paragraph)
    {
        var text = paragraph.InnerText.Trim();
        if (text.Length == 0)
        {
            return;
        }
        var level = HeadingLevel(StyleOf(paragraph));
        elements.Add(level > 0 ? new HeadingElement(level, text) : new ParagraphElement(text));
    }

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    private static int HeadingLevel(string style)
    {
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        return style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7), out var level)
            ? Math.Clamp(level, 1, 6)
            : 0;
    }

    private static bool IsListItem(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.NumberingProperties is not null
        || StyleOf(paragraph).StartsWith("List", StringComparison.OrdinalIgnoreCase);

    private static TableElement ReadTable(Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText.Trim())])
            .ToList();
        return rows.Count == 0 ? new TableElement([], []) : new TableElement(rows[0], rows[1..]);
    }
}
