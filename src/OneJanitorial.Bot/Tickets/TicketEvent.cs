namespace OneJanitorial.Bot.Tickets;

/// <summary>What kind of change an event records.</summary>
public static class TicketChange
{
    public const string Created = "created";
    public const string Imported = "imported";
    public const string Field = "field";
    public const string Override = "override";
    public const string Stage = "stage";
    public const string Closed = "closed";

    /// <summary>A cleaner recap email went out: field "recap", new value = the address it was sent to.</summary>
    public const string RecapSent = "recap-sent";
}

/// <summary>
/// One entry of a ticket's append-only history: who changed what, when, from which value to which.
/// Coaching and the huddle digest read these.
/// </summary>
public sealed record TicketEvent(
    long Id,
    long TicketNumber,
    DateTimeOffset At,
    string Actor,
    string Change,
    string? Field,
    string? OldValue,
    string? NewValue,
    string? Reason);
