using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// "What bucket is this?" as a pure function of the known facts. The rules are tried in this order; a rule fires on
/// facts that are stated, so a question that states a deciding fact is answered without asking the earlier questions
/// (they are reported as <see cref="BucketDecision.Assumed"/>). When no rule fires, the first unanswered question is next.
/// <list type="number">
/// <item>Not in the checklist/scope → Bucket 3A (Step 1B: checked before the cleaner is called).</item>
/// <item>Cleaner blames the client / refuses ownership → Bucket 1 (attitude gate 3.2). Before the dispute question
/// because Process 5B reclassifies a blaming cleaner to Bucket 1 anyway.</item>
/// <item>"Done" vs "not done" dispute on an in-scope task → Bucket 3B.</item>
/// <item>Cleaner cannot explain the fix → Bucket 1 (solve test 3.1); then distance and personal life with no workable
/// plan → Bucket 1 — the cleaner call's question stack order (Q1 capability, Q2 distance, Q3 personal life).</item>
/// <item>Positive attitude with an identifiable constraint → Bucket 2 (Q4 staffing and management is asked last).
/// With every trigger ruled out and no constraint named yet, still Bucket 2: Process 4.2 is where it is identified.</item>
/// </list>
/// </summary>
public static class BucketRules
{
    public static IReadOnlyList<BucketQuestion> Order { get; } = Enum.GetValues<BucketQuestion>();

    private static readonly Rule[] Rules =
    [
        new(BucketQuestion.InScope, f => f.InScope == false, IssueBucket.Bucket3A, BucketReason.OutOfScope),
        new(BucketQuestion.BlamesClient, f => f.BlamesClient == true, IssueBucket.Bucket1, BucketReason.AttitudeGate),
        new(BucketQuestion.DoneDispute, f => f.DoneDispute == true, IssueBucket.Bucket3B, BucketReason.ExpectationDispute),
        new(BucketQuestion.CanExplainFix, f => f.CanExplainFix == false, IssueBucket.Bucket1, BucketReason.CapabilityFail),
        new(BucketQuestion.Circumstances, f => f.DistanceProblem == true, IssueBucket.Bucket1, BucketReason.Distance),
        new(BucketQuestion.Circumstances, f => f.PersonalLifeNoPlan == true, IssueBucket.Bucket1, BucketReason.PersonalLife),
        new(BucketQuestion.Constraint, f => f.BlamesClient == false && f.HasConstraint == true, IssueBucket.Bucket2, BucketReason.Constraint),
    ];

    public static BucketOutcome Decide(BucketFacts facts)
    {
        foreach (var rule in Rules)
        {
            if (rule.Fires(facts))
            {
                return BucketOutcome.Decided(new BucketDecision(rule.Bucket, rule.Reason, Unanswered(facts, before: rule.Question)));
            }
        }
        var next = Order.Where(q => !facts.IsKnown(q)).Select(q => (BucketQuestion?)q).FirstOrDefault();
        return next is { } question
            ? BucketOutcome.Ask(question)
            : BucketOutcome.Decided(new BucketDecision(IssueBucket.Bucket2, BucketReason.ConstraintNotYetIdentified, []));
    }

    private static List<BucketQuestion> Unanswered(BucketFacts facts, BucketQuestion before) =>
        [.. Order.TakeWhile(q => q != before).Where(q => !facts.IsKnown(q))];

    private sealed record Rule(BucketQuestion Question, Func<BucketFacts, bool> Fires, IssueBucket Bucket, BucketReason Reason);
}
