using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// HTML pages through AngleSharp's HTML5 parser (tolerant of unclosed tags, entities decoded): h1–h6, p, ul/ol, tables
/// (th/td) become elements; text loose in a container becomes a paragraph; scripts, styles and templates are dropped.
/// </summary>
public static partial class HtmlDocumentReader
{
    private static readonly HtmlParser Parser = new();

    public static ParsedDocument Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var elements = new List<DocElement>();
        if (document.Body is { } body)
        {
            ReadChildren(body, elements);
        }
        var title = Clean(document.Title ?? "");
        return new ParsedDocument(title.Length == 0 ? null : title, elements);
    }

    internal static string Clean(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static void ReadChildren(INode parent, List<DocElement> elements)
    {
        var loose = new List<string>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                Flush(loose, elements);
                ReadBlock(element, elements);
            }
            else if (node is IElement { LocalName: "br" })
            {
                Flush(loose, elements);
            }
            else if (node is IElement or IText && !IsNoise(node))
            {
                loose.Add(node.TextContent);
            }
        }
        Flush(loose, elements);
    }

    private static void ReadBlock(IElement element, List<DocElement> elements)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Add(elements, Clean(element.TextContent), t => new HeadingElement(element.LocalName[1] - '0', t));
                break;
            case "p":
                Add(elements, Clean(element.TextContent), t => new ParagraphElement(t));
                break;
            case "ul" or "ol":
                var items = element.Children.Where(c => c.LocalName == "li").Select(li => Clean(li.TextContent)).Where(t => t.Length > 0).ToList();
                if (items.Count > 0)
                {
                    elements.Add(new ListElement(items));
                }
                break;
            case "table":
                if (ReadTable(element) is { } table)
                {
                    elements.Add(table);
                }
                break;
            case "script" or "style" or "noscript" or "template":
                break;
            default:
                ReadChildren(element, elements);
                break;
        }
    }

    private static TableElement? ReadTable(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Select(tr => (Header: tr.Children.Any(c => c.LocalName == "th") && tr.Children.All(c => c.LocalName != "td"),
            Cells: (IReadOnlyList<string>)[.. tr.Children.Where(c => c.LocalName is "th" or "td").Select(c => Clean(c.TextContent))])).Where(r => r.Cells.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        // The first row is the header whether it uses th or td.
        return new TableElement(rows[0].Cells, [.. rows.Skip(1).Select(r => r.Cells)]);
    }

    private static bool IsBlock(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "ul" or "ol"
        or "table" or "div" or "section" or "article" or "main" or "header" or "footer" or "nav" or "aside" or "blockquote"
        or "script" or "style" or "noscript" or "template";

    private static bool IsNoise(INode node) => node is IElement { LocalName: "script" or "style" or "noscript" or "template" };

    private static void Flush(List<string> loose, List<DocElement> elements)
    {
        Add(elements, Clean(string.Concat(loose)), t => new ParagraphElement(t));
        loose.Clear();
    }

    private static void Add(List<DocElement> elements, string text, Func<string, DocElement> create)
    {
        if (text.Length > 0)
        {
            elements.Add(create(text));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
