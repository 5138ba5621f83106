using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>Markdown (CommonMark + pipe tables + YAML front matter) through Markdig. HTML comments are skipped.</summary>
public static class MarkdownDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public static ParsedDocument Read(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        string? title = null;
        DateOnly? reviewed = null;
        var elements = new List<DocElement>();
        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    title = FrontMatterValue(yaml, "title");
                    reviewed = DateOnly.TryParseExact(FrontMatterValue(yaml, "reviewed"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                    break;
                case HeadingBlock heading:
                    elements.Add(new HeadingElement(heading.Level, InlineText(heading.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    elements.Add(new ParagraphElement(InlineText(paragraph.Inline)));
                    break;
                case ListBlock list:
                    elements.Add(new ListElement(ListItems(list, "")));
                    break;
                case Table table:
                    elements.Add(ReadTable(table));
                    break;
                case QuoteBlock quote:
                    elements.AddRange(quote.OfType<ParagraphBlock>().Select(p => new ParagraphElement(InlineText(p.Inline))));
                    break;
                case CodeBlock code:
                    elements.Add(new ParagraphElement(code.Lines.ToString()));
                    break;
            }
        }
        return new ParsedDocument(title, elements) { Reviewed = reviewed };
    }

    private static string? FrontMatterValue(YamlFrontMatterBlock yaml, string key)
    {
        foreach (var line in yaml.Lines.ToString().Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }
        return null;
    }

    private static List<string> ListItems(ListBlock list, string indent)
    {
        var items = new List<string>();
        var number = 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"({number++}) " : "";
            var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));
            items.Add(indent + marker + text);
            foreach (var nested in item.OfType<ListBlock>())
            {
                items.AddRange(ListItems(nested, indent + "  "));
            }
        }
        return items;
    }

    private static TableElement ReadTable(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headerCells = header is null ? [] : Cells(header);
        var body = rows.Where(r => !r.IsHeader).Select(r => (IReadOnlyList<string>)Cells(r)).ToList();
        return new TableElement(headerCells, body);
    }

    private static List<string> Cells(TableRow row) =>
        [.. row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))];

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case AutolinkInline link:
                builder.Append(link.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }
                break;
        }
    }
}
