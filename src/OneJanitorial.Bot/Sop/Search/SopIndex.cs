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

    private readonly Analyzer _analyzer = SopAnalyzers.Create(CodesField);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly HashSet<string>[] _terms;

    public SopIndex(IReadOnlyList<Passage> passages)
    {
        Passages = passages;
        var config = new IndexWriterConfig(SopAnalyzers.Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(ToDocument(passage));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _terms = [.. passages.Select(p => Analyze(p.Section + "\n" + p.Text).ToHashSet(StringComparer.Ordinal))];
    }

    public IReadOnlyList<Passage> Passages { get; }

    public IndexSearcher Searcher { get; }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>The analyzed (stemmed, stop-word free) terms of a text, as the title and body fields index them.</summary>
    public IReadOnlyList<string> Analyze(string text) => Tokens(BodyField, text);

    public IReadOnlyList<string> AnalyzeCodes(string text) => Tokens(CodesField, text);

    public bool PassageHasTerm(int passageId, string term) => _terms[passageId].Contains(term);

    public int DocFrequency(string term) => _reader.DocFreq(new Term(BodyField, term));

    public int PassageIdOf(int luceneDoc) => Searcher.Doc(luceneDoc).GetField(IdField).GetInt32Value() ?? -1;

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Document ToDocument(Passage passage) =>
    [
        new StoredField(IdField, passage.Id),
        new TextField(TitleField, passage.Section, Field.Store.NO),
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
