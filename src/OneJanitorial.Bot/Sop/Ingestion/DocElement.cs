namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>One structural element of a source document, whatever its format: every reader produces these.</summary>
public abstract record DocElement;

public sealed record HeadingElement(int Level, string Text) : DocElement;

public sealed record ParagraphElement(string Text) : DocElement;

public sealed record ListElement(IReadOnlyList<string> Items) : DocElement;

public sealed record TableElement(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocElement;

/// <summary>A source document reduced to its title and a flat stream of elements.</summary>
public sealed record ParsedDocument(string? Title, IReadOnlyList<DocElement> Elements)
{
    /// <summary>When the document was last reviewed (front matter <c>reviewed: yyyy-MM-dd</c>), if it says.</summary>
    public DateOnly? Reviewed { get; init; }
}
