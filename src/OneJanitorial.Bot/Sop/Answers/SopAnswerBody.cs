using System.Text;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// What an extractive answer says, in the order a CSR reads it: the sentence that answers (<paramref name="Lead"/>),
/// the whole list or table when the question asks for it (<paramref name="Items"/>), further context
/// (<paramref name="More"/>), and where it comes from (<paramref name="Source"/>).
/// </summary>
public sealed record SopAnswerBody(string Lead, IReadOnlyList<SopAnswerItem> Items, IReadOnlyList<SopAnswerExtra> More, SopSource Source)
{
    /// <summary>The answer as plain text: lead, "- " items, extras, then the source line.</summary>
    public string Render()
    {
        var text = new StringBuilder(Lead);
        foreach (var item in Items)
        {
            text.Append("\n- ").Append(item.Label is null ? item.Text : $"{item.Label}: {item.Text}");
        }
        foreach (var extra in More)
        {
            text.Append("\n\n").Append(extra.Section is null ? extra.Text : $"{extra.Section}:\n{extra.Text}");
        }
        return text.Append("\n\n").Append(Source).ToString();
    }
}

/// <summary>One row of a table (<paramref name="Label"/> = its first cell) or one item of a list (no label).</summary>
public sealed record SopAnswerItem(string? Label, string Text);

/// <summary>Further text under the lead: the rest of its passage (no section) or another passage with its section.</summary>
public sealed record SopAnswerExtra(string? Section, string Text);

/// <summary>The section an answer comes from and when its document was last reviewed.</summary>
public sealed record SopSource(string Section, DateOnly? Reviewed)
{
    public override string ToString() => Reviewed is { } date ? $"SOP · {Section} · reviewed {date:yyyy-MM-dd}" : $"SOP · {Section}";
}
