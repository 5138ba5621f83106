namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// One entry of a ticket's append-only history: who changed what, when, from which value to which.
/// The reminders read these (first client response, attempts, review requested, done and snoozed).
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
