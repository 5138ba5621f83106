namespace OneJanitorial.Bot.Tickets;

/// <summary>Which tickets to list: by owner and/or CSR; open ones unless closed are asked for.</summary>
public sealed record TicketQuery(string? Owner = null, string? Csr = null, bool IncludeClosed = false, int Limit = 50);

/// <summary>A cleaner's record in the store: any ticket at all, and the service issues in a date window.</summary>
public sealed record CleanerHistory(int TicketsOnRecord, int ServiceIssuesInWindow);

/// <summary>What an import stored and what it skipped because the CRM id was already there.</summary>
public sealed record ImportOutcome(int Imported, IReadOnlyList<string> SkippedCrmIds);

/// <summary>
/// Tickets and their event history. Every write stores its events in the same transaction, so a change
/// and its history never disagree.
/// </summary>
public interface ITicketStore
{
    /// <summary>
    /// Stores a new ticket and its events; returns it with its number and version 1 (<see cref="TicketInsertOutcome.Inserted"/>).
    /// A ticket whose <see cref="Ticket.IntakeKey"/> is already stored is not stored again: the stored one is returned
    /// (<see cref="TicketInsertOutcome.Existing"/>).
    /// </summary>
    Task<TicketInsert> InsertAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the ticket if its stored version is still <see cref="Ticket.Version"/>; returns it with the next version.
    /// Throws <see cref="TicketConcurrencyException"/> otherwise.
    /// </summary>
    Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken);

    Task<Ticket?> GetAsync(long number, CancellationToken cancellationToken);

    /// <summary>The ticket created by the intake <paramref name="intakeKey"/> (its unique index: one row read), if any.</summary>
    Task<Ticket?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketEvent>> EventsAsync(long number, CancellationToken cancellationToken);

    /// <summary>
    /// The tickets of <paramref name="query"/> with their events, in two statements whatever their number. A write
    /// that commits after the read has a later change than <see cref="ChangedTickets.LastChange"/>, so asking from
    /// there next time finds it; no change is skipped.
    /// </summary>
    Task<ChangedTickets> ChangedAsync(TicketChangeQuery query, CancellationToken cancellationToken);

    /// <summary>Adds events that change no ticket field (e.g. a recap was sent); the ticket must exist.</summary>
    Task AppendEventsAsync(long number, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken);

    /// <summary>Open and closed tickets of the cleaner (all buildings); service issues created between the dates, inclusive.</summary>
    Task<CleanerHistory> CleanerHistoryAsync(string cleaner, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>All tickets in one transaction; tickets whose CRM id is already stored are skipped.</summary>
    Task<ImportOutcome> ImportAsync(IReadOnlyList<Ticket> tickets, string actor, CancellationToken cancellationToken);
}

public sealed class TicketConcurrencyException(long number)
    : Exception($"Ticket {number} was changed by someone else; reload it and try again.")
{
    public long Number { get; } = number;
}
