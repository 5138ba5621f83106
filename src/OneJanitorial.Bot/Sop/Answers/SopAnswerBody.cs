using System.Text;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// What an extractive answer says, in the order a CSR reads it: the sentence that answers (<paramref name="Lead"/>),
/// the whole list or table when the question asks for it (<paramref name="Items"/>), further context
/// (<paramref name="More"/>), and where it comes from (<paramref name="Source"/>).
/// </summary>
public sealed record SopAnswerBody(string Lead, IReadOnlyList<SopAnswerItem> Items, IReadOnlyList<SopAnswerExtra> More, SopSource Source)
{
    /// <summary>The body with <paramref name="passages"/> quoted after its further text, each under its section.</summary>
    public SopAnswerBody Followed(params IEnumerable<Passage> passages) =>
        this with { More = [.. More, .. passages.Select(p => new SopAnswerExtra(p.Section, p.Text))] };

    /// <summary>The items in reading order, cut where their subsection changes.</summary>
    public IReadOnlyList<(string? Heading, IReadOnlyList<SopAnswerItem> Items)> Groups()
    {
        var groups = new List<(string? Heading, List<SopAnswerItem> Items)>();
        foreach (var item in Items)
        {
            if (groups.Count == 0 || groups[^1].Heading != item.Group)
            {
                groups.Add((item.Group, []));
            }
            groups[^1].Items.Add(item);
        }
        return [.. groups.Select(g => (g.Heading, (IReadOnlyList<SopAnswerItem>)g.Items))];
    }

    /// <summary>The answer as plain text: lead, "- " items under their subsection's heading, extras, then the source line.</summary>
    public string Render()
    {
        var text = new StringBuilder(Lead);
        foreach (var (heading, items) in Groups())
        {
            if (heading is not null)
            {
                text.Append("\n\n").Append(heading).Append(':');
            }
            foreach (var item in items)
            {
                text.Append("\n- ").Append(item.Line);
            }
        }
        foreach (var extra in More)
        {
            text.Append("\n\n").Append(extra.Section is null ? extra.Text : $"{extra.Section}:\n{extra.Text}");
        }
        return text.Append("\n\n").Append(Source).ToString();
    }
}

/// <summary>
/// One row of a table (<paramref name="Label"/> = its first cell) or one item of a list (no label); <paramref name="Group"/>
/// is the subsection it sits in when a whole section is the answer ("Closure Checklist" under "Step 5").
/// </summary>
public sealed record SopAnswerItem(string? Label, string Text, string? Group = null)
{
    /// <summary>The item as one line: "label: text" or the text.</summary>
    public string Line => Label is null ? Text : $"{Label}: {Text}";
}

/// <summary>Further text under the lead: the rest of its passage (no section) or another passage with its section.</summary>
public sealed record SopAnswerExtra(string? Section, string Text);

/// <summary>The section an answer comes from and when its document was last reviewed.</summary>
public sealed record SopSource(string Section, DateOnly? Reviewed)
{
    public override string ToString() => Reviewed is { } date ? $"SOP · {Section} · reviewed {date:yyyy-MM-dd}" : $"SOP · {Section}";
}
