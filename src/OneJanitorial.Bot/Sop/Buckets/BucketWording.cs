namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>How the bot words the deciding questions and the reasons for a bucket. Policy text comes from the manual.</summary>
public static class BucketWording
{
    public static string Question(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => "Is the complaint in the client's checklist / scope of work?",
        BucketQuestion.BlamesClient => "Does the cleaner blame the client or refuse ownership (\"client problem\")?",
        BucketQuestion.DoneDispute => "Is it a \"they did it\" vs \"it's not done\" dispute?",
        BucketQuestion.CanExplainFix => "Can the cleaner clearly explain how they will fix it?",
        BucketQuestion.Circumstances => "Does either of these make the building unworkable for this cleaner?",
        BucketQuestion.Constraint => "Is there an identifiable constraint: training/inspection system, supplies, scheduling, staffing or supervision?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static string Hint(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => "Step 1B: pull the checklist before calling the cleaner.",
        BucketQuestion.BlamesClient => "From the cleaner call.",
        BucketQuestion.DoneDispute => "The cleaner says it was done; the client says it wasn't.",
        BucketQuestion.CanExplainFix => "Who does it, when, and what prevention looks like.",
        BucketQuestion.Circumstances => "Distance to the building, or personal-life issues.",
        BucketQuestion.Constraint => "Asked last, like the staffing & management question on the cleaner call.",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>Short label for "what you told me" lists.</summary>
    public static string Label(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => "In checklist/scope",
        BucketQuestion.BlamesClient => "Blames client / refuses ownership",
        BucketQuestion.DoneDispute => "Done vs not-done dispute",
        BucketQuestion.CanExplainFix => "Can explain the fix",
        BucketQuestion.Circumstances => "Distance or personal-life issue",
        BucketQuestion.Constraint => "Identifiable constraint",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>The answer a result assumes for a question nobody answered.</summary>
    public static string Assumption(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => "assumed in scope (if not, it's Bucket 3A)",
        BucketQuestion.BlamesClient => "assumed no blame (if the cleaner blames the client, it's Bucket 1)",
        BucketQuestion.DoneDispute => "assumed no done/not-done dispute",
        BucketQuestion.CanExplainFix => "assumed the cleaner can explain the fix",
        BucketQuestion.Circumstances => "assumed no distance or personal-life problem",
        BucketQuestion.Constraint => "no constraint named yet",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static string Reason(BucketReason reason) => reason switch
    {
        BucketReason.OutOfScope => "The request is not in the client's checklist/scope (Step 1B) — don't call the cleaner yet.",
        BucketReason.AttitudeGate => "The cleaner blames the client / refuses ownership: the attitude gate.",
        BucketReason.ExpectationDispute => "It's in the checklist, and the dispute is \"they did it\" vs \"it's not done\".",
        BucketReason.CapabilityFail => "The cleaner cannot explain how they will fix it: the solve test failed.",
        BucketReason.Distance => "Distance / service area makes supervision unrealistic.",
        BucketReason.PersonalLife => "Personal-life issues are causing the failures with no workable plan.",
        BucketReason.Constraint => "The cleaner's attitude is positive and there is an identifiable constraint.",
        BucketReason.ConstraintNotYetIdentified => "No Bucket 1 or 3 trigger: a willing cleaner with a constraint still to identify in the process's steps.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
