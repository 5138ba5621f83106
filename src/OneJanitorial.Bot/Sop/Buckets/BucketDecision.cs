using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>Why a bucket was chosen: which of the SOP's "use when" conditions matched.</summary>
public enum BucketReason
{
    OutOfScope,
    AttitudeGate,
    ExpectationDispute,
    CapabilityFail,
    Distance,
    PersonalLife,
    Constraint,
    ConstraintNotYetIdentified,
}

/// <summary>
/// The bucket for the known facts. <paramref name="Assumed"/> lists earlier questions nobody answered: the result holds
/// only if their answers are the ordinary ones (in scope, no blame, no dispute, can explain, no distance/personal issue).
/// </summary>
public sealed record BucketDecision(IssueBucket Bucket, BucketReason Reason, IReadOnlyList<BucketQuestion> Assumed);

/// <summary>Either a decision, or the next question to ask.</summary>
public sealed record BucketOutcome(BucketDecision? Decision, BucketQuestion? Next)
{
    public static BucketOutcome Decided(BucketDecision decision) => new(decision, null);

    public static BucketOutcome Ask(BucketQuestion question) => new(null, question);
}
