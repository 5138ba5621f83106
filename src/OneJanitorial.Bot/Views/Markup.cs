namespace OneJanitorial.Bot.Views;

/// <summary>
/// Text with the only markup views know: bold, links and bulleted lines. Everything else is literal: renderers
/// escape it for their channel, so user text can never turn into formatting, links or mentions.
/// A string converts to plain markup; authored text with <c>**bold**</c>, <c>[text](url)</c> and <c>- </c> lines goes through <see cref="Parse"/>.
/// </summary>
public sealed record Markup(IReadOnlyList<MarkupLine> Lines)
{
    /// <summary>Literal text, one line per line break.</summary>
    public static Markup Plain(string text) =>
        new([.. text.Replace("\r", "").Split('\n').Select(l => new MarkupLine([new PlainSpan(l)]))]);

    /// <summary>Literal text whose lines starting "- " are list items (generated lists holding user text).</summary>
    public static Markup WithBullets(string text) =>
        new([.. text.Replace("\r", "").Split('\n').Select(l => l.StartsWith("- ", StringComparison.Ordinal)
            ? new MarkupLine([new PlainSpan(l[2..])], Bullet: true)
            : new MarkupLine([new PlainSpan(l)]))]);

    /// <summary>
    /// Text to copy (an email to paste): every line, blank line and character kept exactly, nothing formatted.
    /// Channels show it as a code block (Teams, Slack) or as it is (a terminal).
    /// </summary>
    public static Markup Copyable(string text) => Plain(text) with { Verbatim = true };

    /// <summary>See <see cref="Copyable"/>.</summary>
    public bool Verbatim { get; init; }

    /// <summary>Authored text in our markup (never user input on its own).</summary>
    public static Markup Parse(string authored) => MarkupParser.Parse(authored);

    public static implicit operator Markup(string text) => Plain(text);

    /// <summary>The words without any markup, lines joined by line breaks (bullets as "- ").</summary>
    public string ToPlainText() =>
        string.Join("\n", Lines.Select(l => (l.Bullet ? "- " : "") + string.Concat(l.Spans.Select(s => s.Text))));
}

/// <summary>One line; a bullet line is an item of a list.</summary>
public sealed record MarkupLine(IReadOnlyList<Span> Spans, bool Bullet = false);

public abstract record Span(string Text);

public sealed record PlainSpan(string Text) : Span(Text);

public sealed record BoldSpan(string Text) : Span(Text);

public sealed record LinkSpan(string Text, string Url) : Span(Text);
