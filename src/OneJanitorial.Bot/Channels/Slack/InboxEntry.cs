namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>The stored form of one <see cref="SlackInbox"/> item; <see cref="DoneAt"/> is null until it was processed.</summary>
public sealed record InboxEntry(SlackWork Work, DateTimeOffset? DoneAt);
