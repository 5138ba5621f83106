namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The step a turn's replies (<see cref="TeamsTurnOutput"/>) and the bot's own messages (<see cref="ProactiveMessenger"/>)
/// share: a message into a conversation with messages kept in the <see cref="TeamsOutbox"/> is kept behind them, so it
/// does not overtake them; one the connector cannot take now (<see cref="ConnectorClient.IsUnavailable"/>) is kept, to be
/// sent from there; else it is made now.
/// </summary>
public static class MakeOrKeep
{
    /// <param name="behind">Whether the conversation has messages kept.</param>
    /// <param name="make">Makes the message (a new one, or an update in place); returns its id.</param>
    /// <param name="keep">Keeps the message: given the connector's failure, or null when it goes behind kept ones.</param>
    /// <returns>The id of the message made; null when it was kept.</returns>
    public static async Task<string?> RunAsync(
        bool behind,
        Func<CancellationToken, Task<string?>> make,
        Func<HttpRequestException?, CancellationToken, Task> keep,
        CancellationToken cancellationToken)
    {
        if (behind)
        {
            await keep(null, cancellationToken);
            return null;
        }
        try
        {
            return await make(cancellationToken);
        }
        catch (HttpRequestException e) when (ConnectorClient.IsUnavailable(e))
        {
            await keep(e, cancellationToken);
            return null;
        }
    }
}
