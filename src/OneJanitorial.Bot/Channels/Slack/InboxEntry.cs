namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The stored form of one <see cref="SlackInbox"/> item: which instance last took it on and when
/// (<see cref="ClaimedBy"/>, <see cref="ClaimedAt"/>), and <see cref="DoneAt"/>, null until it was processed.
/// </summary>
public sealed record InboxEntry(SlackWork Work, DateTimeOffset? DoneAt, DateTimeOffset? ClaimedAt, string? ClaimedBy);
