using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <param name="Score">BM25 score re-ranked by coverage, or the fused RRF score when semantic retrieval is on.</param>
/// <param name="Coverage">Share of the question's words (IDF-weighted) the passage and its context contain, 0..1.</param>
/// <param name="Similarity">Cosine similarity to the question when semantic retrieval is on.</param>
/// <param name="LexicalRank">1-based rank in the keyword (BM25) ranking, null when not in it.</param>
public sealed record SopHit(Passage Passage, double Score, double Coverage, double? Similarity = null, int? LexicalRank = null);

/// <param name="Question">The question as read (numbers as digits, typos corrected), when it was searched.</param>
/// <param name="UnknownShare">See <see cref="SopQuery.UnknownShare"/>.</param>
/// <param name="Snapshot">The knowledge the hits come from (whole sections are read from it).</param>
public sealed record SopSearchResult(string Query, IReadOnlyList<SopHit> Hits, SopQuestion? Question = null, double UnknownShare = 0, KnowledgeSnapshot? Snapshot = null)
{
    /// <summary>
    /// What puts the question outside the SOP whatever the hits: a topic the glossary marks out of scope ("HR"), or
    /// another company whose process it asks about (<see cref="ForeignSubject"/>); null for most questions.
    /// </summary>
    public string? OutsideSop { get; init; }

    public SopHit? Top => Hits.Count > 0 ? Hits[0] : null;
}
