namespace OneJanitorial.Bot.Reminders;

/// <summary>Where a reminder is in the outbox: waiting (or waiting to retry), claimed by a sender, sent, given up, or no longer due.</summary>
public enum DeliveryState
{
    Pending,
    Claimed,
    Sent,
    Failed,
    Cancelled,
}
