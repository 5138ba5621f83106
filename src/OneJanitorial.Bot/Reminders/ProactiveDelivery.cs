namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// One delivery of a reminder or huddle post as the dispatcher owns it. <see cref="Key"/> is its outbox row's key
/// (<see cref="Reminder.Key"/>): the same each time the dispatcher tries it, after a failed attempt or after an instance
/// stopped before recording it. <see cref="ExpiresAt"/> is when the message is of no use any more. A channel that keeps
/// the message to send later keeps it under the key, once, and drops it unsent once it has expired.
/// </summary>
public sealed record ProactiveDelivery(string Key, DateTimeOffset ExpiresAt);
