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

    private readonly Analyzer _analyzer = SopAnalyzers.Create(CodesField);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly HashSet<string>[] _terms;
    private readonly Dictionary<string, int> _documentFrequency;

    public SopIndex(IReadOnlyList<Passage> passages)
    {
        Passages = passages;
        var config = new IndexWriterConfig(SopAnalyzers.Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            var sections = passages.ToLookup(SectionKey);
            foreach (var passage in passages)
            {
                writer.AddDocument(ToDocument(passage, passage.Section + "\n" + string.Join("\n", sections[SectionKey(passage)].Select(p => p.Text))));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        // A passage "has" the words of its whole section: a step's lead-in and its list answer a question together.
        var sectionTerms = passages.GroupBy(SectionKey).ToDictionary(
            g => g.Key,
            g => Analyze(g.First().Section + "\n" + string.Join("\n", g.Select(p => p.Text))).ToHashSet(StringComparer.Ordinal));
        _terms = [.. passages.Select(p => sectionTerms[SectionKey(p)])];
        _documentFrequency = passages.SelectMany(p => Analyze(p.Section + "\n" + p.Text).Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Vocabulary = [.. _documentFrequency.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every analyzed term of the passages (titles and text), sorted ordinally.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public IndexSearcher Searcher { get; }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>The analyzed (stemmed, stop-word free) terms of a text, as the title and body fields index them.</summary>
    public IReadOnlyList<string> Analyze(string text) => Tokens(BodyField, text.Replace('’', '\''));

    public IReadOnlyList<string> AnalyzeCodes(string text) => Tokens(CodesField, text);

    public bool PassageHasTerm(int passageId, string term) => _terms[passageId].Contains(term);

    /// <summary>Passages whose title or text holds the term.</summary>
    public int DocFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public int PassageIdOf(int luceneDoc) => Searcher.Doc(luceneDoc).GetField(IdField).GetInt32Value() ?? -1;

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static (string, string) SectionKey(Passage passage) => (passage.Document, passage.Anchor);

    private static Document ToDocument(Passage passage, string sectionText) =>
    [
        new StoredField(IdField, passage.Id),
        new TextField(SectionField, sectionText, Field.Store.NO),
        // The title field holds the nearest heading only: BM25 would punish deep sections for their long paths.
        new TextField(TitleField, passage.SectionPath.Count > 0 ? passage.SectionPath[^1] : passage.DocumentTitle, Field.Store.NO),
        new TextField(BodyField, passage.Text, Field.Store.NO),
        new TextField(CodesField, passage.Section + "\n" + passage.Text, Field.Store.NO),
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
