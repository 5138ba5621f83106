namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// One claim on a piece of <see cref="SlackInbox"/> work, with a <see cref="Token"/> of its own: a fresh one each time
/// the work is claimed (accepted, held, or taken on as stale), stored in its entry. Only the holder of the current
/// claim may start the work or write its record, so two claims on one item are told apart — by two instances, or twice
/// by one (a copy still waiting in the queue or for its retry when the stale-claim sweep queued another) — and it runs
/// once.
/// </summary>
public sealed record SlackClaim(SlackWork Work, string Token)
{
    public static SlackClaim For(SlackWork work) => new(work, Guid.NewGuid().ToString("N"));
}
