namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The ticket side of recaps: where "recap 42" gets its facts (ticket, master note, strike number, ticket type) and
/// where a sent recap is recorded on the ticket's history (<see cref="TicketRecapFactsSource"/> unless another is registered).
/// </summary>
public interface IRecapFactsSource
{
    /// <summary>The recap facts of a ticket; or that there is no such ticket; or why it cannot be recapped yet.</summary>
    Task<RecapFactsResult> FindAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Records on the ticket's history that <paramref name="actor"/> sent its recap to <paramref name="to"/>.</summary>
    Task RecordSentAsync(string ticketId, string to, string actor, CancellationToken cancellationToken);
}
