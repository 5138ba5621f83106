using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OneJanitorial.Bot.Sop.Ingestion;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace OneJanitorial.Bot.Tests.Sop.Ingestion;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Markdown_HeadingsListsTablesAndFrontMatter_AreElements()
    {
        const string markdown = """
            ---
            title: Ticket Rules
            owner: Service Manager
            ---

            # Ticket Rules

            ## Closing

            Close tickets within 7 days.

            - verify with client
            - update the note

            | Priority | Definition |
            |---|---|
            | Urgent | Missed cleans \| alarms |

            <!-- a comment that is not knowledge -->
            """;

        var parsed = MarkdownDocumentReader.Read(markdown);

        Assert.Equal("Ticket Rules", parsed.Title);
        Assert.Equal(new HeadingElement(2, "Closing"), parsed.Elements[1]);
        Assert.Equal(new ParagraphElement("Close tickets within 7 days."), parsed.Elements[2]);
        Assert.Equal(["verify with client", "update the note"], Assert.IsType<ListElement>(parsed.Elements[3]).Items);
        var table = Assert.IsType<TableElement>(parsed.Elements[4]);
        Assert.Equal(["Priority", "Definition"], table.Header);
        Assert.Equal(["Urgent", "Missed cleans | alarms"], table.Rows[0]);
        Assert.Equal(5, parsed.Elements.Count);
    }

    [Fact]
    public void PlainText_GluedHeadingsListsAndPipeTables_AreElements()
    {
        const string text = """
            Step 1Ticket Creation
            All tickets land on the Main Ticket Board.
            - Client Name
            - Date of service
            | Ticket Type | Badge |
            |---|---|
            | R1 | R1 |
            """;

        var parsed = PlainTextDocumentReader.Read(text);

        Assert.Equal(new HeadingElement(2, "Step 1Ticket Creation"), parsed.Elements[0]);
        Assert.Equal(new ParagraphElement("All tickets land on the Main Ticket Board."), parsed.Elements[1]);
        Assert.Equal(["Client Name", "Date of service"], Assert.IsType<ListElement>(parsed.Elements[2]).Items);
        Assert.Equal(["R1", "R1"], Assert.IsType<TableElement>(parsed.Elements[3]).Rows[0]);
    }

    [Fact]
    public void Html_TagsEntitiesAndTables_AreElements()
    {
        const string html = """
            <html><head><title>Escalation &amp; Targets</title><style>p { color: red }</style></head>
            <body><h1>Escalation</h1><p>Call the <b>manager</b> within 2&nbsp;hours.</p>
            <ul><li>Record details<li>Follow up</ul>
            <table><tr><th>Metric</th><th>Target</th></tr><tr><td>Booking accuracy</td><td>95%+</td></tr></table>
            <script>var x = "<p>not text</p>";</script></body></html>
            """;

        var parsed = HtmlDocumentReader.Read(html);

        Assert.Equal("Escalation & Targets", parsed.Title);
        Assert.Equal(new HeadingElement(1, "Escalation"), parsed.Elements[0]);
        Assert.Equal(new ParagraphElement("Call the manager within 2 hours."), parsed.Elements[1]);
        Assert.Equal(["Record details", "Follow up"], Assert.IsType<ListElement>(parsed.Elements[2]).Items);
        var table = Assert.IsType<TableElement>(parsed.Elements[3]);
        Assert.Equal(["Metric", "Target"], table.Header);
        Assert.Equal(["Booking accuracy", "95%+"], table.Rows[0]);
        Assert.DoesNotContain(parsed.Elements, e => e is ParagraphElement p && p.Text.Contains("not text"));
    }

    [Fact]
    public void Html_UnclosedTagsAndLooseText_AreReadAsTheBrowserWould()
    {
        const string html = "<div>Intro text<br>second line<h2>Steps</h2><ol><li>Call<li>Write</ol><p>Done &copy; 2026<p>Next</div><template><p>hidden</p></template>";

        var parsed = HtmlDocumentReader.Read(html);

        Assert.Equal(
            ["p:Intro text", "p:second line", "h2:Steps", "li:Call|Write", "p:Done © 2026", "p:Next"],
            parsed.Elements.Select(e => e switch
            {
                ParagraphElement p => "p:" + p.Text,
                HeadingElement h => $"h{h.Level}:{h.Text}",
                ListElement l => "li:" + string.Join('|', l.Items),
                _ => e.ToString(),
            }));
        Assert.Null(parsed.Title);
    }

    [Fact]
    public void Docx_StylesNumberingAndTables_AreElements()
    {
        using var stream = new MemoryStream(BuildDocx());

        var parsed = DocxDocumentReader.Read(stream);

        Assert.Equal(new HeadingElement(1, "Ticket Rules"), parsed.Elements[0]);
        Assert.Equal(new HeadingElement(2, "Closing"), parsed.Elements[1]);
        Assert.Equal(new ParagraphElement("Close tickets within 7 days."), parsed.Elements[2]);
        Assert.Equal(["verify with client", "update the note"], Assert.IsType<ListElement>(parsed.Elements[3]).Items);
        var table = Assert.IsType<TableElement>(parsed.Elements[4]);
        Assert.Equal(["Priority", "Definition"], table.Header);
        Assert.Equal(["Urgent", "Missed cleans"], table.Rows[0]);
    }

    [Fact]
    public void Pdf_LargerLinesAreHeadingsAndBodyLinesParagraphs()
    {
        using var stream = new MemoryStream(BuildPdf());

        var parsed = PdfDocumentReader.Read(stream);

        Assert.Equal(new HeadingElement(1, "Ticket Rules"), parsed.Elements[0]);
        Assert.Equal(new ParagraphElement("Close tickets within 7 days. Never longer."), parsed.Elements[1]);
        Assert.Equal(new HeadingElement(2, "Reviews"), parsed.Elements[2]);
        Assert.Equal(new ParagraphElement("One follow-up only."), parsed.Elements[3]);
    }

    internal static byte[] BuildDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Styled("Title", "Ticket Rules"),
                Styled("Heading2", "Closing"),
                new Paragraph(new Run(new Text("Close tickets within 7 days."))),
                Styled("ListParagraph", "verify with client"),
                Styled("ListParagraph", "update the note"),
                new Table(Row("Priority", "Definition"), Row("Urgent", "Missed cleans"))));
        }
        return stream.ToArray();
    }

    internal static byte[] BuildPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PdfPageSize.A4);
        page.AddText("Ticket Rules", 20, new PdfPoint(50, 780), font);
        page.AddText("Close tickets within 7 days.", 11, new PdfPoint(50, 750), font);
        page.AddText("Never longer.", 11, new PdfPoint(50, 736), font);
        page.AddText("Reviews", 15, new PdfPoint(50, 700), font);
        page.AddText("One follow-up only.", 11, new PdfPoint(50, 680), font);
        page.AddText("Footer line one.", 11, new PdfPoint(50, 600), font);
        page.AddText("Footer line two.", 11, new PdfPoint(50, 586), font);
        return builder.Build();
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => (OpenXmlElement)new TableCell(new Paragraph(new Run(new Text(c))))));
}
