namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Reciprocal rank fusion (Cormack et al.): score(d) = Σ 1 / (k + rank(d)) over the rankings that hold d,
/// ranks starting at 1. It needs no score calibration between BM25 and cosine similarity.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    public static IReadOnlyList<(int Id, double Score)> Fuse(IEnumerable<IReadOnlyList<int>> rankings, int k = DefaultK) =>
        FuseWeighted(rankings.Select(r => (r, 1.0)), k);

    /// <summary>Weighted RRF: each ranking's terms are multiplied by its weight.</summary>
    public static IReadOnlyList<(int Id, double Score)> FuseWeighted(IEnumerable<(IReadOnlyList<int> Ranking, double Weight)> rankings, int k = DefaultK)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + weight / (k + rank + 1);
            }
        }
        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value))];
    }
}
