namespace OneJanitorial.Bot.Views;

/// <summary>The closed set of things a view is made of. Renderers handle every one; a channel that lacks one degrades it as its renderer says.</summary>
public abstract record Block;

/// <summary>A paragraph of text. <see cref="Tight"/> keeps it right under the block before (a caption, a continuation).</summary>
public sealed record Paragraph(Markup Text) : Block
{
    public TextStyle Style { get; init; } = TextStyle.Body;
    public Tone Tone { get; init; } = Tone.Default;
    public bool Tight { get; init; }
}

/// <summary>Label/value pairs, e.g. "Priority: High". Both are plain text.</summary>
public sealed record Facts(IReadOnlyList<Fact> Items) : Block;

public sealed record Fact(string Label, string Value);

/// <summary>Blocks that belong together; <see cref="Emphasis"/> sets them off from the rest (a shaded box where the channel has one).</summary>
public sealed record Section(IReadOnlyList<Block> Blocks) : Block
{
    public bool Emphasis { get; init; }
}

/// <summary>Blocks hidden until a <see cref="RevealAction"/> naming <see cref="Id"/> is pressed; channels that cannot toggle show them, marked.</summary>
public sealed record Detail(string Id, IReadOnlyList<Block> Blocks) : Block
{
    public bool Emphasis { get; init; }
}

/// <summary>A line between what comes before and after.</summary>
public sealed record Divider : Block;

/// <summary>Buttons in the body, next to what they act on (the view's own <see cref="View.Actions"/> come last).</summary>
public sealed record Buttons(IReadOnlyList<ViewAction> Actions) : Block;

public enum TextStyle
{
    Body,
    /// <summary>The view's heading.</summary>
    Heading,
    /// <summary>Bigger than a heading: the one word the reader came for (a decision).</summary>
    Title,
    Strong,
    Small,
    SmallStrong,
    Muted,
    /// <summary>Small and muted: progress, hints, fine print.</summary>
    Caption,
}

public enum Tone
{
    Default,
    Good,
    Warning,
    Attention,
    Accent,
}
