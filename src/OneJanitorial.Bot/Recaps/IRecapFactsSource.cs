namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Where "recap 42" gets its facts: the ticket store and rules engine (strike number, ticket type) implement it.
/// Until one is registered, the chat feature points CSRs to the CLI.
/// </summary>
public interface IRecapFactsSource
{
    /// <summary>The recap facts of a ticket, or null when there is no such ticket.</summary>
    Task<RecapFacts?> FindAsync(string ticketId, CancellationToken cancellationToken);
}
