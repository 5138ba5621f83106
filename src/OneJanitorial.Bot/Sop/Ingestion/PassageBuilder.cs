namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// Splits a parsed document into passages by heading path: the text of a section (paragraphs and lists) is
/// one passage, cut at block boundaries once it passes <see cref="MaxPassageLength"/>; each table row is
/// its own passage. A paragraph ending in ":" always stays with what it introduces.
/// </summary>
public static class PassageBuilder
{
    public const int MaxPassageLength = 600;

    public static IReadOnlyList<Passage> Build(string document, ParsedDocument parsed, int firstId = 0)
    {
        var (title, elements) = SplitTitle(document, parsed);
        var state = new BuildState(document, title, firstId, parsed.Reviewed);
        string? leadIn = null;
        foreach (var element in elements)
        {
            switch (element)
            {
                case HeadingElement heading:
                    state.Flush(leadIn);
                    leadIn = null;
                    state.EnterHeading(heading);
                    break;
                case ParagraphElement paragraph when paragraph.Text.TrimEnd().EndsWith(':'):
                    leadIn = leadIn is null ? paragraph.Text : leadIn + "\n" + paragraph.Text;
                    break;
                case ParagraphElement paragraph:
                    state.Add(Join(leadIn, paragraph.Text));
                    leadIn = null;
                    break;
                case ListElement list:
                    foreach (var group in ItemGroups(list.Items))
                    {
                        state.Add(Join(leadIn, string.Join("\n", group.Select(i => "- " + i))));
                        leadIn = null;
                    }
                    break;
                case TableElement table:
                    state.Flush(leadIn);
                    leadIn = null;
                    foreach (var row in table.Rows)
                    {
                        state.AddRow(RenderRow(table.Header, row));
                    }
                    break;
            }
        }
        state.Flush(leadIn);
        return state.Passages;
    }

    /// <summary>A table row as "Header: value" lines, so the row reads on its own.</summary>
    public static string RenderRow(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        var lines = new List<string>(row.Count);
        for (var i = 0; i < row.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(row[i]))
            {
                continue;
            }
            var name = i < header.Count && !string.IsNullOrWhiteSpace(header[i]) ? header[i] : $"Column {i + 1}";
            lines.Add($"{name}: {row[i]}");
        }
        return string.Join("\n", lines);
    }

    // A document whose only level-1 heading opens it uses that heading as its title, not as a section.
    private static (string Title, IEnumerable<DocElement> Elements) SplitTitle(string document, ParsedDocument parsed)
    {
        var elements = parsed.Elements;
        var first = elements.FirstOrDefault();
        var h1Count = elements.OfType<HeadingElement>().Count(h => h.Level == 1);
        if (first is HeadingElement { Level: 1 } h1 && h1Count == 1)
        {
            return (parsed.Title ?? h1.Text, elements.Skip(1));
        }
        return (parsed.Title ?? Path.GetFileNameWithoutExtension(document), elements);
    }

    // A long list (the non-negotiables) is cut into runs of whole items, so each passage stays readable and findable.
    private static IEnumerable<List<string>> ItemGroups(IReadOnlyList<string> items)
    {
        var group = new List<string>();
        foreach (var item in items)
        {
            if (group.Count > 0 && group.Sum(i => i.Length + 3) + item.Length > MaxPassageLength)
            {
                yield return group;
                group = [];
            }
            group.Add(item);
        }
        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static string Join(string? leadIn, string text) => leadIn is null ? text : leadIn + "\n" + text;

    private sealed class BuildState(string document, string title, int firstId, DateOnly? reviewed)
    {
        private readonly List<(int Level, string Text)> _path = [];
        private readonly Dictionary<string, int> _anchorCounts = new(StringComparer.Ordinal);
        private string _anchor = "";

        public List<Passage> Passages { get; } = [];

        public void EnterHeading(HeadingElement heading)
        {
            _path.RemoveAll(h => h.Level >= heading.Level);
            _path.Add((heading.Level, heading.Text));
            var slug = Slug.From(heading.Text);
            var seen = _anchorCounts.GetValueOrDefault(slug);
            _anchorCounts[slug] = seen + 1;
            _anchor = seen == 0 ? slug : $"{slug}-{seen}";
        }

        private readonly List<string> _pending = [];

        public void Add(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }
            if (_pending.Count > 0 && _pending.Sum(p => p.Length) + text.Length > MaxPassageLength)
            {
                Emit();
            }
            _pending.Add(text.Trim());
        }

        public void AddRow(string text)
        {
            Emit();
            _pending.Add(text);
            Emit(isRow: true);
        }

        public void Flush(string? leadIn)
        {
            if (leadIn is not null)
            {
                Add(leadIn);
            }
            Emit();
        }

        private void Emit(bool isRow = false)
        {
            if (_pending.Count == 0)
            {
                return;
            }
            var path = _path.Select(h => h.Text).ToArray();
            Passages.Add(new Passage(firstId + Passages.Count, document, title, path, _anchor, string.Join("\n\n", _pending)) { IsTableRow = isRow, Reviewed = reviewed });
            _pending.Clear();
        }
    }
}
