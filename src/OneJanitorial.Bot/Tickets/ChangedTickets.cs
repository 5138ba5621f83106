namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The tickets a <see cref="TicketChangeQuery"/> selected, each with its events in order, and the cursor to ask from
/// next time (<see cref="TicketChangeQuery.ChangedAfter"/>): the last change read, or the one asked from when none was.
/// </summary>
public sealed record ChangedTickets(IReadOnlyList<Ticket> Tickets, ILookup<long, TicketEvent> Events, long? LastChange);
