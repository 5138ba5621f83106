namespace OneJanitorial.Bot.Channels.Slack;

public enum SlackWorkKind
{
    /// <summary>An Events API <c>event_callback</c> body.</summary>
    Event,

    /// <summary>A slash command's fields as a JSON object.</summary>
    Command,

    /// <summary>An interactivity payload (block_actions, message_action, …).</summary>
    Interaction,

    /// <summary>Messages to post after a modal's immediate answer (see <see cref="Modals.SlackFollowUps"/>).</summary>
    FollowUp,

    /// <summary>
    /// A modal's <c>view_submission</c>, held while it runs: left unfinished by a crash before its follow-ups were
    /// stored, it is run again (see <see cref="Modals.SlackViewSubmissions"/>).
    /// </summary>
    Submission,
}

/// <summary>
/// Something Slack delivered that the bot has acknowledged and must still act on. <see cref="Id"/> is Slack's own id
/// where it has one (<c>event_id</c>, <c>trigger_id</c>), so a redelivery maps to the same work.
/// </summary>
public sealed record SlackWork(string Id, SlackWorkKind Kind, string Payload, DateTimeOffset ReceivedAt);
