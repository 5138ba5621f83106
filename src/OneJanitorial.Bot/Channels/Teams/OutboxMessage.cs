using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The stored form of one reply in the <see cref="TeamsOutbox"/>: where it goes (a reply to <see cref="ReplyToId"/>, or a
/// new message when that is null; an update in place of the bot's message <see cref="ReplacesMessageId"/> when that is
/// set), the activity as the connector is sent it, its place in its conversation's queue (<see cref="Sequence"/>, from 1),
/// when it was kept, when it may be tried next, how many sends failed, and when a sender last claimed it
/// (<see cref="ClaimedAt"/>, null when no sender has it now). A proactive message carries the key of its delivery
/// (<see cref="DeliveryKey"/>, <see cref="Reminders.ProactiveDelivery"/>) and when it expires (<see cref="ExpiresAt"/>);
/// once sent or given up it stays as a record of that (<see cref="DoneAt"/>) for <see cref="BotOptions.OutboxMaxAge"/>,
/// so the same delivery tried again is neither kept nor sent again.
/// </summary>
public sealed record OutboxMessage(
    string ServiceUrl,
    string ConversationId,
    string? ReplyToId,
    Activity Activity,
    long Sequence,
    DateTimeOffset QueuedAt,
    DateTimeOffset NextAttemptAt,
    int Attempts = 0,
    DateTimeOffset? ClaimedAt = null,
    string? ReplacesMessageId = null,
    string? DeliveryKey = null,
    DateTimeOffset? ExpiresAt = null,
    DateTimeOffset? DoneAt = null);

/// <summary>A message of the <see cref="TeamsOutbox"/> as read, with the stored item (key and ETag) it was read from.</summary>
public sealed record KeptMessage(StoredItem Item, OutboxMessage Message);
