using System.Text;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// Decisions with the manual's text, and the direct answer to a bucket question that states its facts. Chat and the
/// <c>ask</c> CLI both use <see cref="TryAnswer"/>, so a fully stated question gets the same bucket in both.
/// </summary>
public sealed class BucketAdvisor(KnowledgeBase knowledge)
{
    public BucketAdvice Advise(BucketDecision decision) => BucketManual.Advise(knowledge.Current, decision);

    /// <summary>The advice on a turn: waits for the first index build without holding the thread (<see cref="Advise"/> blocks).</summary>
    public async Task<BucketAdvice> AdviseAsync(BucketDecision decision, CancellationToken cancellationToken) =>
        BucketManual.Advise(await knowledge.WhenReadyAsync(cancellationToken), decision);

    /// <summary>The advice when <paramref name="question"/> asks for a bucket and states enough facts to decide; else null.</summary>
    public BucketAdvice? TryAnswer(string question) =>
        BucketFactExtractor.IsBucketQuestion(question)
        && BucketRules.Decide(BucketFactExtractor.Extract(question).Facts).Decision is { } decision
            ? Advise(decision)
            : null;

    /// <summary>The advice as an SOP answer (CLI and <c>ask --json</c>): bucket, why, process steps, ticket note, citations.</summary>
    public static SopAnswer ToSopAnswer(string question, BucketAdvice advice)
    {
        var text = new StringBuilder()
            .AppendLine($"**{advice.Title}**")
            .AppendLine(BucketWording.Reason(advice.Decision.Reason));
        if (advice.Decision.Assumed.Count > 0)
        {
            text.AppendLine("Not asked: " + string.Join("; ", advice.Decision.Assumed.Select(BucketWording.Assumption)) + ".");
        }
        if (advice.FoundInManual)
        {
            text.AppendLine().AppendLine($"{advice.ProcessTitle}:");
            foreach (var step in advice.Steps)
            {
                text.AppendLine("- " + step);
            }
        }
        text.AppendLine().Append("Record in ticket notes: ").Append(BucketCards.TicketNote(advice.Decision.Bucket));
        return new SopAnswer(question, text.ToString(), true, advice.Citations);
    }
}
