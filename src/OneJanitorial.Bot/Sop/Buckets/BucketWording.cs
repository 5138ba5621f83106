namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>How the bot words the deciding questions and the reasons for a bucket. Policy text comes from the manual.</summary>
public static class BucketWording
{
    /// <summary>The wording of each deciding question, one row per question.</summary>
    public static BucketQuestionWording For(BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => new(
            Question: "Is the complaint in the client's checklist / scope of work?",
            Hint: "Step 1B: pull the checklist before calling the cleaner.",
            Label: "In checklist/scope",
            Assumption: "assumed in scope (if not, it's Bucket 3A)"),
        BucketQuestion.BlamesClient => new(
            Question: "Does the cleaner blame the client or refuse ownership (\"client problem\")?",
            Hint: "From the cleaner call.",
            Label: "Blames client / refuses ownership",
            Assumption: "assumed no blame (if the cleaner blames the client, it's Bucket 1)"),
        BucketQuestion.DoneDispute => new(
            Question: "Is it a \"they did it\" vs \"it's not done\" dispute?",
            Hint: "The cleaner says it was done; the client says it wasn't.",
            Label: "Done vs not-done dispute",
            Assumption: "assumed no done/not-done dispute"),
        BucketQuestion.CanExplainFix => new(
            Question: "Can the cleaner clearly explain how they will fix it?",
            Hint: "Who does it, when, and what prevention looks like.",
            Label: "Can explain the fix",
            Assumption: "assumed the cleaner can explain the fix"),
        BucketQuestion.Circumstances => new(
            Question: "Does either of these make the building unworkable for this cleaner?",
            Hint: "Distance to the building, or personal-life issues.",
            Label: "Distance or personal-life issue",
            Assumption: "assumed no distance or personal-life problem"),
        BucketQuestion.Constraint => new(
            Question: "Is there an identifiable constraint: training/inspection system, supplies, scheduling, staffing or supervision?",
            Hint: "Asked last, like the staffing & management question on the cleaner call.",
            Label: "Identifiable constraint",
            Assumption: "no constraint named yet"),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static string Question(BucketQuestion question) => For(question).Question;

    public static string Hint(BucketQuestion question) => For(question).Hint;

    /// <summary>Short label for "what you told me" lists.</summary>
    public static string Label(BucketQuestion question) => For(question).Label;

    /// <summary>The answer a result assumes for a question nobody answered.</summary>
    public static string Assumption(BucketQuestion question) => For(question).Assumption;

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
