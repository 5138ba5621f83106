using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Recap facts from the ticket store: the ticket (type, strike number as planned, client's zone, cleaner's email) and
/// its pinned master note (issue, why, solution, who fixes, next clean, follow-up call, checklist items).
/// </summary>
public sealed class TicketRecapFactsSource(TicketService tickets) : IRecapFactsSource
{
    public async Task<RecapFactsResult> FindAsync(string ticketId, CancellationToken cancellationToken) =>
        TicketNumbers.Parse(ticketId) is { } number && await tickets.GetAsync(number, cancellationToken) is { } ticket ? RecapFacts.From(ticket) : RecapFactsResult.NotFound;

    public async Task RecordSentAsync(string ticketId, string to, string actor, CancellationToken cancellationToken)
    {
        if (TicketNumbers.Parse(ticketId) is { } number)
        {
            await tickets.RecordRecapSentAsync(number, to, actor, cancellationToken);
        }
    }
}
