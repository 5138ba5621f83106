using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

public static class BucketServices
{
    /// <summary>"What bucket is this?": chat feature, guided dialog, card samples. Needs <c>AddSop</c> and <c>AddDialogs</c>.</summary>
    public static IServiceCollection AddSopBuckets(this IServiceCollection services)
    {
        services.AddSingleton<BucketAdvisor>();
        services.AddDialog<BucketDialog>();
        services.AddSingleton<ChatFeature, BucketChatFeature>();
        services.AddSingleton(new ViewSample("triage.bucket-question", () => BucketCards.Question(new BucketState(BucketFacts.None, BucketQuestion.InScope))));
        services.AddSingleton(new ViewSample("triage.bucket-circumstances", () =>
            BucketCards.Question(new BucketState(new BucketFacts(InScope: true, BlamesClient: false, DoneDispute: false, CanExplainFix: true), BucketQuestion.Circumstances))));
        foreach (var (name, decision) in SampleDecisions())
        {
            // Result samples quote the configured manual, like the real cards.
            services.AddSingleton(sp => new ViewSample(name, () => BucketResultCard.Build(sp.GetRequiredService<BucketAdvisor>().Advise(decision))));
        }
        return services;
    }

    private static IEnumerable<(string Name, BucketDecision Decision)> SampleDecisions() =>
    [
        ("triage.bucket-result-1", new BucketDecision(IssueBucket.Bucket1, BucketReason.AttitudeGate, [BucketQuestion.InScope])),
        ("triage.bucket-result-2", new BucketDecision(IssueBucket.Bucket2, BucketReason.Constraint, [])),
        ("triage.bucket-result-3a", new BucketDecision(IssueBucket.Bucket3A, BucketReason.OutOfScope, [])),
        ("triage.bucket-result-3b", new BucketDecision(IssueBucket.Bucket3B, BucketReason.ExpectationDispute, [BucketQuestion.BlamesClient])),
    ];
}
