using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Whether the SOP answers a question at all. One score from three signals, looking at the relevant hits (the top
/// <see cref="RelevantDepth"/>), not only the first:
/// <c>coverage − UnknownWeight × unknownShare + SimilarityWeight × (similarity − SimilarityCentre)</c>, where coverage is
/// the best share of the question's words a top passage (with its context) holds, unknownShare the share of words
/// neither the manual nor the glossary explains (once: not twice), and similarity the best cosine similarity of the
/// semantic ranking. Weights and thresholds were fitted on the tuning set only (eval-questions.tsv, eval-heldout.tsv,
/// eval-csr-tuning.tsv, eval-out-of-scope.txt): the threshold sits midway in the gap between the highest out-of-scope
/// question and the next in-scope one.
/// </summary>
public static class DeclineDecision
{
    public const int RelevantDepth = 3;
    public const double UnknownWeight = 1.5;
    public const double SimilarityWeight = 1.25;
    public const double SimilarityCentre = 0.6;

    /// <summary>Threshold with semantic retrieval on (tuning: out of scope ≤ −0.08, in scope ≥ 0.075 but one).</summary>
    public const double Threshold = 0.0;

    /// <summary>Threshold with keyword search only (tuning: out of scope ≤ −0.05, in scope ≥ −0.015 but one).</summary>
    public const double LexicalThreshold = -0.03;

    public static double Score(SopSearchResult result)
    {
        var top = result.Hits.Take(RelevantDepth).ToList();
        if (top.Count == 0)
        {
            return double.NegativeInfinity;
        }
        var coverage = top.Max(h => h.Coverage);
        var similarity = result.Hits.Max(h => h.Similarity);
        return coverage - UnknownWeight * result.UnknownShare + (similarity is { } s ? SimilarityWeight * (s - SimilarityCentre) : 0);
    }

    public static bool Covers(SopSearchResult result) =>
        Score(result) >= (result.Hits.Any(h => h.Similarity is not null) ? Threshold : LexicalThreshold);
}
