using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// A bucket decision with what the manual says about it: the bucket's heading, its "use when" lines, the process's
/// execution steps and the ticket-notes rule, all quoted from the knowledge base, with their citations.
/// </summary>
public sealed record BucketAdvice(
    BucketDecision Decision,
    string Title,
    IReadOnlyList<string> UseWhen,
    string ProcessTitle,
    IReadOnlyList<string> Steps,
    string? NotesRule,
    IReadOnlyList<SopCitation> Citations)
{
    /// <summary>False when the configured knowledge has no section for the bucket: the decision stands, uncited.</summary>
    public bool FoundInManual => Steps.Count > 0;
}
