using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// The passages the sections asked by a question's nearest alternate questions (<see cref="AlternateQuestions"/>) stand
/// for, as a ranking fused with the others: the best <c>depth</c> sections by their best question's similarity, each
/// with its own text passages (its table rows when it has no text: a row is found by its own words), in the order of
/// their own similarity to the question. Measured on the tuning set: a section's rows too, or its sub-sections too,
/// were no better on half A and made answers longer (median 1,103 → 1,127 chars).
/// </summary>
internal static class AlternateRanking
{
    public static IReadOnlyList<int> Passages(KnowledgeSnapshot snapshot, SemanticRanking similar, int depth)
    {
        if (similar.Sections.Count == 0 || depth <= 0)
        {
            return [];
        }
        var order = new int[snapshot.Passages.Count];
        for (var i = 0; i < similar.Passages.Count; i++)
        {
            order[similar.Passages[i].Id] = i;
        }
        var ranked = new List<int>();
        foreach (var (section, _) in similar.Sections.Take(depth))
        {
            ranked.AddRange(StandFor(snapshot, section).OrderBy(p => order[p.Id]).Select(p => p.Id));
        }
        return ranked;
    }

    /// <summary>
    /// The passages a section's alternate questions stand for: its text passages, or its table rows when it has no
    /// text, or, for a heading with no body of its own ("Theory — The 4 Core Theories"), the passages under it.
    /// </summary>
    public static IReadOnlyList<Passage> StandFor(KnowledgeSnapshot snapshot, string section)
    {
        var own = snapshot.Passages.Where(p => p.Section == section).ToList();
        return own.Any(p => !p.IsTableRow) ? [.. own.Where(p => !p.IsTableRow)]
            : own.Count > 0 ? own
            : [.. snapshot.Passages.Where(p => IsIn(p, section))];
    }

    /// <summary>True when the passage is in the section or under it.</summary>
    public static bool IsIn(Passage passage, string section) =>
        passage.Section == section || passage.Section.StartsWith(section + Passage.PathSeparator, StringComparison.Ordinal);
}
