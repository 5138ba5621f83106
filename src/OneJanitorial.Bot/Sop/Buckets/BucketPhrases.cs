namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// The phrase rules of <see cref="BucketFactExtractor"/>, as data. For each fact the first phrase found wins, so the
/// specific phrases come before the general ones. Patterns run on lower-cased text with plain apostrophes.
/// </summary>
public static class BucketPhrases
{
    private const string Whose = @"(?:the\s+|their\s+|our\s+|his\s+|her\s+|its\s+|this\s+|the\s+client'?s\s+)?";

    public static IReadOnlyList<BucketPhrase> All { get; } =
    [
        // Step 1B: checklist / scope of work.
        new(BucketFact.InScope, @"out[\s-]of[\s-]scope|outside\s+(?:of\s+)?" + Whose + @"(?:scope|checklist|contract)|off\s+" + Whose + "checklist", false, Negatable: false),
        new(BucketFact.InScope, @"checklist\s*(?:=|says|is|:)\s*no\b", false, Negatable: false),
        new(BucketFact.InScope, @"checklist\s*(?:=|says|is|:)\s*yes\b", true, Negatable: false),
        new(BucketFact.InScope, @"(?:in|on|within|part\s+of|covered\s+by|listed\s+on|listed\s+in)\s+" + Whose + @"(?:checklist|scope(?:\s+of\s+work)?|sow|contract)|in[\s-]scope", true),

        // Attitude gate: blame, refusing ownership.
        new(BucketFact.BlamesClient, @"refus\w*\s+(?:to\s+)?(?:take\s+|accept\s+)?(?:any\s+)?(?:responsibility|ownership|own\s+it|the\s+blame)", true, Negatable: false),
        new(BucketFact.BlamesClient, @"(?:my|his|her|their)\s+(?:fault|problem)", false),
        new(BucketFact.BlamesClient, @"(?:take|takes|took|taking|accept|accepts|accepted)\s+(?:full\s+)?(?:responsibility|ownership)|owns\s+it|owned\s+it", false),
        new(BucketFact.BlamesClient, @"blam\w*\s+(?:it\s+on\s+)?(?:the\s+)?(?:client|customer|tenants?)|client(?:'s)?\s+(?:problem|fault)|customer(?:'s)?\s+(?:problem|fault)", true),
        new(BucketFact.BlamesClient, @"(?:bad|poor|negative)\s+attitude|attitude\s+problem|making\s+excuses|gets\s+defensive", true),
        new(BucketFact.BlamesClient, @"(?:positive|good|great)\s+attitude|wants\s+to\s+(?:fix|solve)|willing\s+to\s+(?:fix|solve)", false),

        // Expectation dispute: "they did it" vs "it's not done".
        new(BucketFact.DoneDispute, @"done\s+(?:vs\.?|versus|or)\s+not\s+done|did\s+it\s+(?:vs\.?|versus)", true, Negatable: false),
        new(BucketFact.DoneDispute, @"(?:admits?|admitted)\s+(?:that\s+)?(?:they|he|she|it)?\s*(?:missed|forgot|skipped)", false, Negatable: false),
        new(BucketFact.DoneDispute, @"(?:say|says|said|claim|claims|claimed|insist|insists|insisted|swear|swears|swore)\s+(?:that\s+)?(?:it\s+was|it's|it\s+is|they|he|she|it|they\s+have|he\s+has|she\s+has)\s+(?:(?!not\b)\w+\s+)?(?:done|did\s+it|cleaned|finished|completed|did)", true),
        new(BucketFact.DoneDispute, @"(?:expectation|done|completion)\s+dispute|dispute", true),

        // Solve test: can the cleaner explain the fix?
        new(BucketFact.CanExplainFix, @"(?:can|could|able\s+to)\s+(?:clearly\s+)?explain|explain\w*|know(?:s)?\s+how\s+to\s+(?:fix|solve)", true),
        new(BucketFact.CanExplainFix, @"(?:has|had|gave|have)\s+(?:a\s+)?(?:clear\s+|good\s+)?(?:plan|fix|solution)\s+(?:to|for)\s+(?:fix|solv)", true),
        new(BucketFact.CanExplainFix, @"no\s+(?:idea|clue)\s+how", false, Negatable: false),

        // Bucket 1 circumstances.
        new(BucketFact.DistanceProblem, @"distance\s+(?:isn't|is\s+not|is\s+no)\s+(?:a\s+|an\s+)?(?:problem|issue)|close\s+by|nearby|lives\s+close", false, Negatable: false),
        new(BucketFact.DistanceProblem, @"too\s+far|far\s+away|(?:long|far)\s+(?:drive|commute)|hours?\s+away|distance|(?:outside|out\s+of)\s+" + Whose + @"service\s+area", true),
        new(BucketFact.PersonalLifeNoPlan, @"workable\s+plan", false),
        new(BucketFact.PersonalLifeNoPlan, @"personal[\s-]life|personal\s+(?:issues?|problems?|matters?|reasons|situation)|family\s+(?:issues?|problems?|emergenc\w+|situation)|health\s+(?:issues?|problems?)|going\s+through\s+a\s+divorce", true),

        // Bucket 2: an identifiable constraint. Not negatable: "no supplies", "never trained" are constraints.
        new(BucketFact.HasConstraint, @"no\s+(?:identifiable\s+|obvious\s+|clear\s+|real\s+)?constraints?", false, Negatable: false),
        new(BucketFact.HasConstraint, @"suppl(?:y|ies)|ran\s+out\s+of|equipment|vacuum|chemicals?|trained|training|untrained|short[\s-]?staffed|under[\s-]?staffed|staffing|not\s+enough\s+(?:help|staff|people|time)|schedul\w+|capacity|supervis\w+|inspections?|constraints?", true, Negatable: false),
    ];
}
