using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// One phrase rule of <see cref="BucketFactExtractor"/>: when <see cref="Pattern"/> occurs in a clause, the fact is
/// <see cref="Value"/>. A negatable phrase preceded by a negation in the same clause ("not in the checklist",
/// "doesn't blame the client") gives the opposite value.
/// </summary>
public sealed record BucketPhrase(BucketFact Fact, string Pattern, bool Value, bool Negatable = true)
{
    // A negation up to two words before the phrase: "isn't on the checklist", "does not really blame the client".
    private const string Negation = @"(?:\bnot|n't|\bnever|\bno|\bcannot|\bunable\s+to|\bwithout)\s+(?:\w+\s+){0,2}";

    private readonly Regex _plain = new(@"(?<!\w)(?:" + Pattern + @")(?!\w)", RegexOptions.CultureInvariant);
    private readonly Regex _negated = new(Negation + "(?:" + Pattern + @")(?!\w)", RegexOptions.CultureInvariant);

    /// <summary>The value this phrase gives the clause, or null when it does not occur.</summary>
    public bool? Match(string clause, out string evidence)
    {
        if (Negatable && _negated.Match(clause) is { Success: true } negated)
        {
            evidence = negated.Value;
            return !Value;
        }
        if (_plain.Match(clause) is { Success: true } plain)
        {
            evidence = plain.Value;
            return Value;
        }
        evidence = "";
        return null;
    }
}

/// <summary>The facts the extractor can read from a question (the two Bucket 1 circumstances separately).</summary>
public enum BucketFact
{
    InScope,
    BlamesClient,
    DoneDispute,
    CanExplainFix,
    DistanceProblem,
    PersonalLifeNoPlan,
    HasConstraint,
}
