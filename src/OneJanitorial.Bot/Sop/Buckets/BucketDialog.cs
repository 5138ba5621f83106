using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// Asks only the deciding questions still open (options: the facts already stated), in <see cref="BucketRules"/>
/// order, and ends with the result card as soon as the answers decide the bucket.
/// </summary>
public sealed class BucketDialog(BucketAdvisor advisor) : Dialog<BucketState>(BucketJsonContext.Default.BucketState)
{
    public const string DialogId = "sop.bucket";

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [BucketVerbs.Answer];

    public override string Title => "the bucket questions";

    public static JsonObject Options(BucketFacts facts) =>
        JsonSerializer.SerializeToNode(facts, BucketJsonContext.Default.BucketFacts)!.AsObject();

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken)
    {
        var facts = options?.Deserialize(BucketJsonContext.Default.BucketFacts) ?? BucketFacts.None;
        return StepAsync(context, facts, cancellationToken);
    }

    protected override Task<DialogStep> ContinueAsync(DialogContext context, BucketState state, CancellationToken cancellationToken)
    {
        var facts = context.Is(BucketVerbs.Answer) ? Apply(context, state) : null;
        return facts is null ? Task.FromResult(Stay(state)) : StepAsync(context, facts, cancellationToken);
    }

    protected override View Render(BucketState state) => BucketCards.Question(state);

    /// <summary>The SOP asks at most one question per <see cref="BucketQuestion"/>, in their order.</summary>
    protected override DialogProgress Progress(BucketState state) =>
        new((int)state.Question + 1, Enum.GetValues<BucketQuestion>().Length, Render(state).Summary);

    private async Task<DialogStep> StepAsync(DialogContext context, BucketFacts facts, CancellationToken cancellationToken)
    {
        var outcome = BucketRules.Decide(facts);
        if (outcome.Decision is not { } decision)
        {
            return Next(new BucketState(facts, outcome.Next!.Value));
        }
        var advice = await advisor.AdviseAsync(decision, cancellationToken);
        await context.Output.SendAsync(BotMessage.WithView(BucketResultCard.Build(advice)), cancellationToken);
        return Complete();
    }

    private static BucketFacts? Apply(DialogContext context, BucketState state)
    {
        if (state.Question == BucketQuestion.Circumstances)
        {
            return context.Text(BucketCards.CircumstanceInput) switch
            {
                BucketCards.Neither => state.Facts with { DistanceProblem = false, PersonalLifeNoPlan = false },
                BucketCards.Distance => state.Facts with { DistanceProblem = true },
                BucketCards.PersonalLife => state.Facts with { PersonalLifeNoPlan = true },
                _ => null,
            };
        }
        return context.Text(BucketCards.AnswerKey) switch
        {
            BucketCards.Yes => state.Facts.With(state.Question, true),
            BucketCards.No => state.Facts.With(state.Question, false),
            _ => null,
        };
    }
}
