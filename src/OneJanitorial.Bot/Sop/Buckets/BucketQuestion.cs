namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The SOP's deciding questions, in the order they are asked (see <see cref="BucketRules"/>).</summary>
public enum BucketQuestion
{
    /// <summary>Step 1B: is the complaint in the client's checklist/scope? Asked before the cleaner is called.</summary>
    InScope,

    /// <summary>Attitude gate (3.2, and 5B's reclassification rule): does the cleaner blame the client or refuse ownership?</summary>
    BlamesClient,

    /// <summary>Bucket 3B: is it "they did it" vs "it's not done"?</summary>
    DoneDispute,

    /// <summary>Solve test (3.1): can the cleaner explain how they will fix it?</summary>
    CanExplainFix,

    /// <summary>The other Bucket 1 triggers, asked together: distance/service area, personal life with no workable plan.</summary>
    Circumstances,

    /// <summary>Bucket 2: is there an identifiable constraint (training/inspection, supplies, scheduling, staffing, supervision)?</summary>
    Constraint,
}
