namespace OneJanitorial.Bot.Tickets;

/// <summary>Whether <see cref="ITicketStore.InsertAsync"/> stored the ticket or found its intake key already stored.</summary>
public enum TicketInsertOutcome
{
    /// <summary>Stored now, with its events.</summary>
    Inserted,

    /// <summary>Its intake key was already stored (a repeated Create): nothing was written.</summary>
    Existing,
}

/// <summary>The stored ticket (with its number) and whether this call stored it.</summary>
public sealed record TicketInsert(Ticket Ticket, TicketInsertOutcome Outcome);
