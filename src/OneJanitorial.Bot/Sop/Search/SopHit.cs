using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Search;

/// <param name="Score">BM25 score, or the fused RRF score when vector search is on.</param>
/// <param name="Coverage">Share of the question's words (IDF-weighted) the passage contains, 0..1.</param>
/// <param name="Similarity">Cosine similarity to the question when vector search is on.</param>
public sealed record SopHit(Passage Passage, double Score, double Coverage, double? Similarity = null);

public sealed record SopSearchResult(string Query, IReadOnlyList<SopHit> Hits)
{
    public SopHit? Top => Hits.Count > 0 ? Hits[0] : null;
}
