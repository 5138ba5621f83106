using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>What the extractor read from a question: the facts and, per fact, the words that gave it.</summary>
public sealed record ExtractedFacts(BucketFacts Facts, IReadOnlyDictionary<BucketFact, string> Evidence);

/// <summary>
/// Reads the deciding facts a CSR already stated ("not on the checklist", "the cleaner blames the client") with
/// phrase rules (<see cref="BucketPhrases"/>): small and explainable, every fact comes with the words that gave it.
/// Text is split into clauses so a negation only reaches phrases of its own clause.
/// </summary>
public static partial class BucketFactExtractor
{
    /// <summary>"what bucket is this?", "which bucket", "bucket?", "what's the bucket for this".</summary>
    public static bool IsBucketQuestion(string? text) =>
        text is not null && BucketCue().IsMatch(Normalize(text));

    public static ExtractedFacts Extract(string text)
    {
        // A clause the CSR is unsure about ("not sure if it's in scope") states nothing.
        var clauses = ClauseBreak().Split(Normalize(text)).Where(c => c.Length > 0 && !Unsure().IsMatch(c)).ToList();
        var evidence = new Dictionary<BucketFact, string>();
        var values = new Dictionary<BucketFact, bool>();
        foreach (var phrase in BucketPhrases.All)
        {
            if (values.ContainsKey(phrase.Fact))
            {
                continue;
            }
            foreach (var clause in clauses)
            {
                if (phrase.Match(clause, out var words) is { } value)
                {
                    values[phrase.Fact] = value;
                    evidence[phrase.Fact] = words.Trim();
                    break;
                }
            }
        }
        return new ExtractedFacts(ToFacts(values), evidence);
    }

    private static BucketFacts ToFacts(Dictionary<BucketFact, bool> values)
    {
        bool? Get(BucketFact fact) => values.TryGetValue(fact, out var v) ? v : null;
        return new BucketFacts(
            Get(BucketFact.InScope),
            Get(BucketFact.BlamesClient),
            Get(BucketFact.DoneDispute),
            Get(BucketFact.CanExplainFix),
            Get(BucketFact.DistanceProblem),
            Get(BucketFact.PersonalLifeNoPlan),
            Get(BucketFact.HasConstraint));
    }

    private static string Normalize(string text) =>
        Spaces().Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\''), " ").Trim();

    [GeneratedRegex(@"\b(?:what|which|whats|what's)\s+(?:is\s+the\s+)?bucket\b|\bbucket\s*\?|\bbucket\s+(?:is|does|should)\s+(?:this|it|that)\b|\bbucket\s+for\s+(?:this|it|that)\b")]
    private static partial Regex BucketCue();

    [GeneratedRegex(@"[,;.!?()]+|\s+(?:but|though|although|however|and then|while)\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not\s+sure|unsure|i\s+don't\s+know|i\s+do\s+not\s+know|no\s+idea\s+(?:if|whether)|whether|wondering)\b")]
    private static partial Regex Unsure();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
