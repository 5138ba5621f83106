namespace OneJanitorial.Bot.Tickets;

/// <summary>The outcome of a ticket operation: the ticket as stored, or exactly what stopped the change.</summary>
public sealed record TicketChangeResult(Ticket? Ticket, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Ticket is not null && Problems.Count == 0;

    public static TicketChangeResult Done(Ticket ticket) => new(ticket, []);

    public static TicketChangeResult Refused(IReadOnlyList<string> problems) => new(null, problems);

    public static TicketChangeResult NotFound(long number) => new(null, [$"Ticket {number} was not found."]);

    public static TicketChangeResult Changed(long number) =>
        new(null, [$"Ticket {number} was changed by someone else just now; nothing was saved. Open it again to see the latest."]);
}
