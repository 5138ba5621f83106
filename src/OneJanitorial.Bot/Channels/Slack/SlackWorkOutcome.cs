namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>How one attempt at a piece of Slack inbox work ended (see <see cref="SlackInboxWorker"/>).</summary>
public enum SlackWorkOutcome
{
    /// <summary>It did what it had to: marked done.</summary>
    Done,

    /// <summary>It failed in a way a later attempt can fix (storage or Slack down, over its timeout): stays pending.</summary>
    Retry,

    /// <summary>It failed in a way a retry cannot fix: marked failed and the user told.</summary>
    Failed,

    /// <summary>
    /// Not run: its claim could not be renewed as it was about to run (claimed again as stale meanwhile, by another
    /// instance or this one's sweep, or done), so this copy stands down and that claim runs it.
    /// </summary>
    Lost,

    /// <summary>
    /// Not run yet, not a failure: its conversation still has earlier reply pages to post (a turn's follow-up), so it is
    /// run again after <see cref="SlackInboxWorker.WaitDelay"/>, in its place in its lane, and runs after them.
    /// </summary>
    Wait,

    /// <summary>
    /// Not run yet, not a failure: a turn holds its conversation (on another instance, or a modal submit answered here),
    /// so it is run again after <see cref="SlackInboxWorker.BusyDelay"/>, in its place in its lane, and its worker slot
    /// goes to other work meanwhile; busy for a whole <see cref="SlackOptions.TurnQueueTimeout"/> counts as a failed attempt.
    /// </summary>
    Busy,
}
