using Lucene.Net.Search;
using Microsoft.Extensions.AI;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Ranked SOP passages for a question: BM25 with glossary expansion, fused by reciprocal rank fusion with
/// vector search when an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered.
/// </summary>
public sealed partial class SopSearch(
    KnowledgeBase knowledge,
    ILogger<SopSearch>? logger = null,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    /// <summary>How deep each ranking goes before fusion.</summary>
    public const int FusionDepth = 50;

    /// <summary>BM25 candidates re-ranked by how much of the question their section covers.</summary>
    public const int RerankDepth = 30;

    /// <summary>Ranking score = BM25 × coverage^weight: a passage whose section answers the whole question wins over one matching a word many times.</summary>
    public const double CoverageWeight = 2;

    private readonly PassageVectors? _vectors = embeddings is null ? null : new PassageVectors(embeddings);

    public bool UsesVectors => _vectors is not null;

    /// <summary>Keyword search only (BM25 + glossary): synchronous and allocation-light.</summary>
    public SopSearchResult Search(string query, int k) => Lexical(knowledge.Current, query, k);

    /// <summary>BM25, plus vector search fused by RRF when configured.</summary>
    public async Task<SopSearchResult> SearchAsync(string query, int k, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        if (_vectors is null)
        {
            return Lexical(snapshot, query, k);
        }
        var lexical = Lexical(snapshot, query, FusionDepth);
        IReadOnlyList<(int Id, double Similarity)> similar;
        try
        {
            similar = await _vectors.RankAsync(snapshot, query, FusionDepth, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The embedding service is a network dependency; keyword search alone still answers.
            if (logger is not null)
            {
                LogEmbeddingsFailed(logger, e);
            }
            return lexical with { Hits = [.. lexical.Hits.Take(k)] };
        }
        var fused = ReciprocalRankFusion.Fuse([[.. lexical.Hits.Select(h => h.Passage.Id)], [.. similar.Select(s => s.Id)]]);
        var coverage = lexical.Hits.ToDictionary(h => h.Passage.Id, h => h.Coverage);
        var similarity = similar.ToDictionary(s => s.Id, s => s.Similarity);
        var sopQuery = new SopQuery(query, snapshot.Index, snapshot.Glossary);
        var hits = fused.Take(k).Select(f => new SopHit(
            snapshot.Passages[f.Id],
            f.Score,
            coverage.TryGetValue(f.Id, out var c) ? c : sopQuery.Coverage(f.Id),
            similarity.TryGetValue(f.Id, out var s) ? s : null));
        return new SopSearchResult(query, [.. hits]);
    }

    private static SopSearchResult Lexical(KnowledgeSnapshot snapshot, string query, int k)
    {
        var sopQuery = new SopQuery(query, snapshot.Index, snapshot.Glossary);
        if (sopQuery.IsEmpty || snapshot.Passages.Count == 0)
        {
            return new SopSearchResult(query, []);
        }
        TopDocs top = snapshot.Index.Searcher.Search(sopQuery.Lucene, Math.Max(k, RerankDepth));
        var hits = top.ScoreDocs
            .Select(d => (Id: snapshot.Index.PassageIdOf(d.Doc), d.Score))
            .Select(d => (d.Id, Coverage: sopQuery.Coverage(d.Id), d.Score))
            .Select(d => new SopHit(snapshot.Passages[d.Id], d.Score * Math.Pow(d.Coverage, CoverageWeight), d.Coverage))
            .OrderByDescending(h => h.Score)
            .Take(k);
        return new SopSearchResult(query, [.. hits]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding generation failed; answering with keyword search only")]
    private static partial void LogEmbeddingsFailed(ILogger logger, Exception exception);
}
