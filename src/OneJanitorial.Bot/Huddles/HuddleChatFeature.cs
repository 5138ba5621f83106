using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// "huddle" in chat: the digest now (morning before noon, end of day after), as a view that reads on a phone, its lists
/// cut to fit one message. "huddle all", or Show every ticket on a cut post (a scheduled one: the digest of the teams
/// of its channel, of its kind), sends every ticket of the lists over as many messages as they take (<see cref="HuddlePages"/>).
/// </summary>
public sealed partial class HuddleChatFeature(HuddleService huddles, HuddlePosts posts) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => [HuddleVerbs.ShowAll];

    public override bool ClaimsText(IncomingTurn turn) => Command().IsMatch(turn.Text ?? "");

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Is(HuddleVerbs.ShowAll))
        {
            await SendPagesAsync(await PressedAsync(turn, cancellationToken), output, cancellationToken);
            return;
        }
        var digest = await huddles.BuildAsync(huddles.KindNow(), cancellationToken);
        if (Command().Match(turn.Text ?? "").Groups["all"].Success)
        {
            await SendPagesAsync(digest, output, cancellationToken);
            return;
        }
        await output.SendAsync(BotMessage.WithView(HuddleView.Build(digest)), cancellationToken);
    }

    /// <summary>The digest of the post whose button was pressed: its kind, and a scheduled post's channel's teams.</summary>
    private Task<HuddleDigest> PressedAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<HuddleKind>(turn.DataText(HuddleVerbs.KindKey), out var pressed) && Enum.IsDefined(pressed) ? pressed : huddles.KindNow();
        return turn.DataText(HuddleVerbs.ChannelKey) is { } channel
            ? posts.DigestAsync(kind, channel, cancellationToken)
            : huddles.BuildAsync(kind, cancellationToken);
    }

    /// <summary>One message after the other, in order: each waits for the one before, so the channel keeps them in order.</summary>
    private static async Task SendPagesAsync(HuddleDigest digest, ITurnOutput output, CancellationToken cancellationToken)
    {
        foreach (var page in HuddlePages.Build(digest))
        {
            await output.SendAsync(BotMessage.WithView(page), cancellationToken);
        }
    }

    [GeneratedRegex(@"^\s*huddle(?<all>\s+all)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
