namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>What <see cref="SlackInbox.HoldAsync"/> found for a piece of work.</summary>
public enum SlackHold
{
    /// <summary>Stored and claimed by this instance: the caller runs it, then marks it done.</summary>
    Held,

    /// <summary>
    /// The same id is stored and not done yet: another delivery of it is running, or its instance stopped and the
    /// stale-claim sweep takes it on.
    /// </summary>
    Pending,

    /// <summary>The same id was done already (or so long ago that its record was swept).</summary>
    Done,
}
