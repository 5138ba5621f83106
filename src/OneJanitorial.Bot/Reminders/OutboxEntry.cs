namespace OneJanitorial.Bot.Reminders;

/// <summary>A reminder in the outbox with its delivery record.</summary>
public sealed record OutboxEntry(Reminder Reminder, DeliveryState State, int Attempts, DateTimeOffset? SentAt, bool Late, string? LastError);
