using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Huddles;

/// <summary>"huddle" in chat: the digest now (morning before noon, end of day after), as a view that reads on a phone.</summary>
public sealed partial class HuddleChatFeature(HuddleService huddles) : ChatFeature
{
    public override bool ClaimsText(IncomingTurn turn) => Command().IsMatch(turn.Text ?? "");

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var digest = await huddles.BuildAsync(huddles.KindNow(), cancellationToken);
        await output.SendAsync(BotMessage.WithView(HuddleView.Build(digest)), cancellationToken);
    }

    [GeneratedRegex(@"^\s*huddle\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
