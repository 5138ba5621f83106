using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// Finds a bucket's passages in the knowledge base by its section ("Bucket 3A: …" and its "Execution Steps" below it),
/// so the policy text shown is always the manual's current wording, never a copy in code.
/// </summary>
public static class BucketManual
{
    /// <summary>Manual lookups are exact section matches, not search hits; they carry the top score.</summary>
    public const double SectionScore = 1.0;

    public static BucketAdvice Advise(KnowledgeSnapshot knowledge, BucketDecision decision)
    {
        var bucket = decision.Bucket;
        var prefix = $"Bucket {bucket.Code()}:";
        var inBucket = knowledge.Passages.Where(p => p.SectionPath.Any(h => h.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList();
        var title = inBucket.SelectMany(p => p.SectionPath).FirstOrDefault(h => h.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            ?? $"Bucket {bucket.Code()}: {bucket.DisplayName()} (Process {bucket.Process()})";
        var useWhen = inBucket.Where(p => p.SectionPath[^1] == title).ToList();
        var steps = inBucket.Where(p => p.SectionPath[^1] != title).ToList();
        var framework = FrameworkIntro(knowledge, inBucket);
        var stepOneB = bucket == IssueBucket.Bucket3A ? ChecklistStep(knowledge) : [];
        return new BucketAdvice(
            decision,
            title,
            [.. useWhen.SelectMany(p => Lines(p.Text))],
            steps.Count > 0 ? steps[0].SectionPath[^1] : $"Process {bucket.Process()}",
            [.. steps.SelectMany(p => Lines(p.Text))],
            framework.SelectMany(p => Sentences(p.Text)).FirstOrDefault(s => s.Contains("ticket notes", StringComparison.OrdinalIgnoreCase)),
            [.. steps.Concat(useWhen).Concat(stepOneB).Concat(framework).Select(Cite)]);
    }

    private static List<Passage> FrameworkIntro(KnowledgeSnapshot knowledge, List<Passage> inBucket)
    {
        if (inBucket.Count == 0 || inBucket[0].SectionPath.Count < 2)
        {
            return [];
        }
        var parent = inBucket[0].SectionPath.Take(inBucket[0].SectionPath.Count - 1).ToList();
        var document = inBucket[0].Document;
        return [.. knowledge.Passages.Where(p => p.Document == document && p.SectionPath.SequenceEqual(parent))];
    }

    private static List<Passage> ChecklistStep(KnowledgeSnapshot knowledge) =>
        [.. knowledge.Passages.Where(p => p.SectionPath.Count > 0 && p.SectionPath[^1].StartsWith("Step 1B", StringComparison.OrdinalIgnoreCase))];

    private static SopCitation Cite(Passage passage) =>
        new(passage.Document, passage.Section, passage.Anchor, SectionScore, passage.Text);

    // A passage's list items and paragraphs as lines, list markers dropped; the lead-in ("Use when:") is not a step.
    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal) || !l.EndsWith(':'))
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..].Trim() : l);

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.TrimEnd('.') + ".");
}
