namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>
/// The unit a CSR reads: a step, a list, a paragraph, or a table row rendered with its column names.
/// <paramref name="Document"/> is the file name, <paramref name="Anchor"/> the slug of the section heading.
/// </summary>
public sealed record Passage(
    int Id,
    string Document,
    string DocumentTitle,
    IReadOnlyList<string> SectionPath,
    string Anchor,
    string Text)
{
    public const string PathSeparator = " › ";

    /// <summary>A table row rendered as "Header: value" lines.</summary>
    public bool IsTableRow { get; init; }

    /// <summary>A table row's label: its first cell, the value of its first "Header: value" line.</summary>
    public string RowLabel => Text.Split('\n')[0] is var first && first.Split(": ", 2) is [_, var value] ? value : first;

    /// <summary>When the document was last reviewed, if its front matter says.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>The heading path as one line, e.g. "Step 4 — Master Note › ...".</summary>
    public string Section => SectionPath.Count == 0 ? DocumentTitle : string.Join(PathSeparator, SectionPath);
}
