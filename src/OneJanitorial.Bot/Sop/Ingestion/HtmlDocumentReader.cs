using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// HTML pages: h1–h6, p, li, tables (th/td) and line breaks are read by tag; scripts, styles and
/// comments are dropped; entities are decoded. Tolerant of unclosed tags, as exported pages often are.
/// </summary>
public static partial class HtmlDocumentReader
{
    public static ParsedDocument Read(string html)
    {
        var title = TitleTag().Match(html) is { Success: true } m ? Clean(m.Groups[1].Value) : null;
        var body = Noise().Replace(html, " ");
        var state = new HtmlState();
        var position = 0;
        foreach (Match tag in Tag().Matches(body))
        {
            state.Text.Append(body, position, tag.Index - position);
            position = tag.Index + tag.Length;
            state.OnTag(tag.Groups[2].Value.ToLowerInvariant(), tag.Groups[1].Value == "/");
        }
        state.Text.Append(body, position, body.Length - position);
        state.FlushParagraph();
        return new ParsedDocument(string.IsNullOrEmpty(title) ? null : title, state.Elements);
    }

    internal static string Clean(string text) => WhiteSpace().Replace(WebUtility.HtmlDecode(text), " ").Trim();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<!--.*?-->|<(script|style|head|noscript)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Noise();

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private sealed class HtmlState
    {
        private readonly List<string> _items = [];
        private readonly List<string> _cells = [];
        private readonly List<IReadOnlyList<string>> _rows = [];
        private IReadOnlyList<string>? _header;
        private bool _rowIsHeader;

        public List<DocElement> Elements { get; } = [];
        public StringBuilder Text { get; } = new();

        public void OnTag(string name, bool closing)
        {
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (closing) { Emit(t => new HeadingElement(name[1] - '0', t)); } else { FlushParagraph(); }
                    break;
                case "li":
                    TakeText(_items.Add);
                    break;
                case "ul" or "ol" when closing:
                    TakeText(_items.Add);
                    if (_items.Count > 0) { Elements.Add(new ListElement([.. _items])); _items.Clear(); }
                    break;
                case "th" or "td":
                    if (closing) { _rowIsHeader |= name == "th"; _cells.Add(TakeText()); } else { TakeText(); }
                    break;
                case "tr" when closing:
                    EndRow();
                    break;
                case "table" when closing:
                    EndTable();
                    break;
                case "p" or "div" or "br" or "section" or "article" or "blockquote" or "table" or "ul" or "ol":
                    FlushParagraph();
                    break;
            }
        }

        public void FlushParagraph() => Emit(t => new ParagraphElement(t));

        private void Emit(Func<string, DocElement> create) => TakeText(t => Elements.Add(create(t)));

        private void TakeText(Action<string> use)
        {
            var text = TakeText();
            if (text.Length > 0)
            {
                use(text);
            }
        }

        private string TakeText()
        {
            var text = Clean(Text.ToString());
            Text.Clear();
            return text;
        }

        private void EndRow()
        {
            if (_rowIsHeader && _header is null && _rows.Count == 0) { _header = [.. _cells]; }
            else if (_cells.Count > 0) { _rows.Add([.. _cells]); }
            _cells.Clear();
            _rowIsHeader = false;
        }

        private void EndTable()
        {
            if (_header is null && _rows.Count > 0) { _header = _rows[0]; _rows.RemoveAt(0); }
            if (_header is not null) { Elements.Add(new TableElement(_header, [.. _rows])); }
            _header = null;
            _rows.Clear();
        }
    }
}
