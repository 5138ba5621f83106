using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// An immutable in-memory Lucene index of passages, scored with BM25. Built once per knowledge
/// snapshot; a rebuild makes a new one, so searches never see a half-built index.
/// </summary>
public sealed class SopIndex : IDisposable
{
    public const string IdField = "id";
    public const string TitleField = "title";
    public const string BodyField = "body";
    public const string CodesField = "codes";
    public const string SectionField = "section";
    public const string PathField = "path";

    private readonly Analyzer _analyzer = SopAnalyzers.Create(CodesField);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly HashSet<string>[] _terms;
    private readonly HashSet<string>[] _cueTerms;
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int[] _passageIds;
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> _termStates = new();

    /// <param name="knownWords">Words the spelling corrector must not change besides the passages' own (glossary forms).</param>
    /// <param name="situations">Everyday words for the situations sections answer (<see cref="SituationCue"/>).</param>
    public SopIndex(IReadOnlyList<Passage> passages, IEnumerable<string>? knownWords = null, IReadOnlyList<SituationCue>? situations = null)
    {
        Passages = passages;
        var cues = passages.Select(p => SituationCue.For(p, situations ?? [])).ToArray();
        Speller = new SpellingCorrector(
            passages.Select(p => SopText.Normalize(SearchableText.WithSection(p))),
            SopAnalyzers.QuestionWordList.Concat(knownWords ?? []).Concat(cues).Select(SopText.Normalize),
            EnglishWords.All);
        var config = new IndexWriterConfig(SopAnalyzers.Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(ToDocument(passage, ContextText(passage, passages)));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        // Read once: a stored-field read per hit (decompressing its block) was a tenth of an answer's cost.
        _passageIds = [.. Enumerable.Range(0, _reader.MaxDoc).Select(d => _reader.Document(d).GetField(IdField).GetInt32Value() ?? -1)];
        // A passage "has" the words of its heading path and of its parent sections' own text: a subsection such as
        // "Failure Signs" is read under its theory's opening paragraph.
        _terms = [.. passages.Select(p => Analyze(SearchableText.Body(p) + "\n" + ContextText(p, passages) + "\n" + NeighborText(p, passages)).ToHashSet(StringComparer.Ordinal))];
        _documentFrequency = passages.SelectMany(p => Analyze(SearchableText.WithSection(p)).Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Only the everyday words the manual lacks: its own words already match by its text.
        _cueTerms = [.. cues.Select(c => Analyze(c).Where(t => !_documentFrequency.ContainsKey(t)).ToHashSet(StringComparer.Ordinal))];
        Vocabulary = [.. _documentFrequency.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every analyzed term of the passages (titles and text), sorted ordinally.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The <see cref="Vocabulary"/> terms that start with <paramref name="prefix"/>, in order: found by binary search, not a scan.</summary>
    public IEnumerable<string> VocabularyStartingWith(string prefix)
    {
        var (low, high) = (0, Vocabulary.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = string.CompareOrdinal(Vocabulary[middle], prefix) < 0 ? (middle + 1, high) : (low, middle);
        }
        for (var i = low; i < Vocabulary.Count && Vocabulary[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return Vocabulary[i];
        }
    }

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Corrects typed words to the passages' own words.</summary>
    public SpellingCorrector Speller { get; }

    public IndexSearcher Searcher { get; }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>The analyzed (stemmed, stop-word free) terms of a text, as the title and body fields index them.</summary>
    public IReadOnlyList<string> Analyze(string text) => Tokens(BodyField, SopText.Normalize(text));

    public IReadOnlyList<string> AnalyzeCodes(string text) => Tokens(CodesField, SopText.Normalize(text));

    public bool PassageHasTerm(int passageId, string term) => _terms[passageId].Contains(term);

    /// <summary>True when the passage's situation cues (<see cref="SituationCue"/>) hold the term, a word the manual itself never uses.</summary>
    public bool PassageCueHasTerm(int passageId, string term) => _cueTerms[passageId].Contains(term);

    /// <summary>Passages whose title or text holds the term.</summary>
    public int DocFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public int PassageIdOf(int luceneDoc) => _passageIds[luceneDoc];

    /// <summary>
    /// A term query; for a word of the passages its term statistics are looked up once per index rather than per
    /// question (the lookups were a sixth of an answer's cost). Other words are looked up each time, so questions
    /// cannot grow the cache.
    /// </summary>
    public TermQuery TermQuery(string field, string term, float boost) =>
        _documentFrequency.ContainsKey(term)
            ? new TermQuery(new Term(field, term), _termStates.GetOrAdd((field, term), k => TermContext.Build(Searcher.TopReaderContext, new Term(k.Field, k.Term)))) { Boost = boost }
            : new TermQuery(new Term(field, term)) { Boost = boost };

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>The text just before and after a passage in its own section (not for table rows: a row stands alone).</summary>
    private static string NeighborText(Passage passage, IReadOnlyList<Passage> passages)
    {
        if (passage.IsTableRow)
        {
            return "";
        }
        var neighbors = passages.Where(p => Math.Abs(p.Id - passage.Id) == 1 && !p.IsTableRow && p.Document == passage.Document && p.Anchor == passage.Anchor);
        return string.Join("\n", neighbors.Select(SearchableText.Body));
    }

    /// <summary>The heading path plus the text directly under each enclosing heading (not the document's preamble).</summary>
    private static string ContextText(Passage passage, IReadOnlyList<Passage> passages)
    {
        var ancestors = passages.Where(p => p.Document == passage.Document
            && p.SectionPath.Count > 0
            && p.SectionPath.Count < passage.SectionPath.Count
            && p.SectionPath.SequenceEqual(passage.SectionPath.Take(p.SectionPath.Count)));
        return string.Join("\n", ancestors.Select(SearchableText.Body).Prepend(passage.Section));
    }

    // Number words are indexed as digits, as questions are read: "Three" and "3" are one term.
    private static Document ToDocument(Passage passage, string sectionText) =>
    [
        new StoredField(IdField, passage.Id),
        new TextField(SectionField, SopText.Normalize(sectionText), Field.Store.NO),
        new TextField(PathField, SopText.Normalize(string.Join("\n", passage.SectionPath.SkipLast(1))), Field.Store.NO),
        // The title field holds the nearest heading only: BM25 would punish deep sections for their long paths.
        new TextField(TitleField, SopText.Normalize(passage.SectionPath.Count > 0 ? passage.SectionPath[^1] : passage.DocumentTitle), Field.Store.NO),
        new TextField(BodyField, SopText.Normalize(SearchableText.Body(passage)), Field.Store.NO),
        new TextField(CodesField, SopText.Normalize(SearchableText.WithSection(passage)), Field.Store.NO),
    ];

    private List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
