namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// One entry of a ticket's append-only history: who changed what, when, from which value to which.
/// Coaching and the huddle digest read these.
/// </summary>
public sealed record TicketEvent(
    long Id,
    long TicketNumber,
    DateTimeOffset At,
    string Actor,
    TicketChange Change,
    string? Field,
    string? OldValue,
    string? NewValue,
    string? Reason);
