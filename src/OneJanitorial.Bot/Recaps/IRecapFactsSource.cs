namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The ticket side of recaps: where "recap 42" gets its facts (ticket, master note, strike number, ticket type) and
/// where a sent recap is recorded on the ticket's history. Until one is registered, the chat feature points CSRs to
/// the CLI.
/// </summary>
public interface IRecapFactsSource
{
    /// <summary>
    /// The recap facts of a ticket, or null when there is no such ticket. Throws
    /// <see cref="RecapFactsUnavailableException"/> when the ticket cannot be recapped yet, saying what is missing.
    /// </summary>
    Task<RecapFacts?> FindAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Records on the ticket's history that <paramref name="actor"/> sent its recap to <paramref name="to"/>.</summary>
    Task RecordSentAsync(string ticketId, string to, string actor, CancellationToken cancellationToken);
}

/// <summary>The ticket exists but a recap cannot be written from it yet; the message says why, for the CSR.</summary>
public sealed class RecapFactsUnavailableException(string message) : Exception(message);
