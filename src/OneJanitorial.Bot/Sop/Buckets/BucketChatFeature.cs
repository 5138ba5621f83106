using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>
/// "What bucket is this?" in chat. A question that states the deciding facts gets the result card at once; otherwise
/// the guided dialog starts with the stated facts filled in. Runs before the SOP catch-all, which would only quote the
/// framework.
/// </summary>
public sealed class BucketChatFeature(BucketAdvisor advisor, DialogRunner dialogs) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => [BucketVerbs.Start];

    public override bool ClaimsText(IncomingTurn turn) => BucketFactExtractor.IsBucketQuestion(turn.Text);

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var extracted = turn.Kind == TurnKind.Message ? BucketFactExtractor.Extract(turn.Text!) : null;
        var facts = extracted?.Facts ?? BucketFacts.None;
        if (BucketRules.Decide(facts).Decision is { } decision)
        {
            var card = BucketResultCard.Build(await advisor.AdviseAsync(decision, cancellationToken), extracted?.Evidence);
            await output.SendAsync(BotMessage.WithView(card), cancellationToken);
            return;
        }
        await dialogs.BeginAsync(turn, output, BucketDialog.DialogId, BucketDialog.Options(facts), cancellationToken);
    }
}
