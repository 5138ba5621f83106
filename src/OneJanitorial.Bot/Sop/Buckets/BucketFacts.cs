namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>What is known about an issue; null means not known yet (the dialog asks, the extractor may fill it).</summary>
public sealed record BucketFacts(
    bool? InScope = null,
    bool? BlamesClient = null,
    bool? DoneDispute = null,
    bool? CanExplainFix = null,
    bool? DistanceProblem = null,
    bool? PersonalLifeNoPlan = null,
    bool? HasConstraint = null)
{
    public static BucketFacts None { get; } = new();

    public bool IsKnown(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => InScope is not null,
        BucketQuestion.BlamesClient => BlamesClient is not null,
        BucketQuestion.DoneDispute => DoneDispute is not null,
        BucketQuestion.CanExplainFix => CanExplainFix is not null,
        BucketQuestion.Circumstances => DistanceProblem is not null && PersonalLifeNoPlan is not null,
        BucketQuestion.Constraint => HasConstraint is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>The facts with a yes/no answer to <paramref name="question"/> (Circumstances: yes/no to both triggers).</summary>
    public BucketFacts With(BucketQuestion question, bool answer) => question switch
    {
        BucketQuestion.InScope => this with { InScope = answer },
        BucketQuestion.BlamesClient => this with { BlamesClient = answer },
        BucketQuestion.DoneDispute => this with { DoneDispute = answer },
        BucketQuestion.CanExplainFix => this with { CanExplainFix = answer },
        BucketQuestion.Circumstances => this with { DistanceProblem = answer, PersonalLifeNoPlan = answer },
        BucketQuestion.Constraint => this with { HasConstraint = answer },
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
