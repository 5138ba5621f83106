using System.Collections.Concurrent;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>Everything searched at one moment: passages, their index, the glossary and the alternate questions. Replaced whole on re-index.</summary>
public sealed record KnowledgeSnapshot(SopIndex Index, Glossary Glossary, IReadOnlyList<string> Documents, DateTimeOffset BuiltAt)
{
    public IReadOnlyList<Passage> Passages => Index.Passages;

    /// <summary>The sections' alternate questions (<c>*.questions.tsv</c>) and the lines naming no section.</summary>
    public AlternateQuestions Alternates { get; init; } = AlternateQuestions.Empty;

    /// <summary>The full text of the section a passage belongs to, for "show full section".</summary>
    public string SectionText(string document, string anchor) =>
        string.Join("\n\n", Passages.Where(p => p.Document == document && p.Anchor == anchor).Select(p => p.Text));

    // Every answer card shows its section: parsed once per snapshot, so a renderer can also render it once.
    private readonly ConcurrentDictionary<(string Document, string Anchor), Markup> _sections = new();

    /// <summary><see cref="SectionText"/> as markup, the same instance for every answer from this snapshot.</summary>
    public Markup SectionMarkup(string document, string anchor) =>
        _sections.GetOrAdd((document, anchor), key => Markup.Parse(SectionText(key.Document, key.Anchor)));
}
