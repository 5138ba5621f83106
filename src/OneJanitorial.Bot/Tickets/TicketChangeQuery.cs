namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Which tickets <see cref="ITicketStore.ChangedAsync"/> reads: those changed after <paramref name="ChangedAfter"/>
/// (a <see cref="ChangedTickets.LastChange"/> read before; <see cref="Every"/> for all tickets, none when null), and the
/// tickets <paramref name="Numbers"/>; of either, a closed ticket only when it was closed after <paramref name="ClosedAfter"/>.
/// </summary>
public sealed record TicketChangeQuery(long? ChangedAfter, IReadOnlyList<long> Numbers, DateTimeOffset ClosedAfter)
{
    /// <summary>Before every change: reads every ticket (rows older than the change cursor have 0).</summary>
    public const long Every = -1;

    /// <summary>At most this many <see cref="Numbers"/> per query (statement parameters are limited).</summary>
    public const int MaxNumbers = 500;
}
