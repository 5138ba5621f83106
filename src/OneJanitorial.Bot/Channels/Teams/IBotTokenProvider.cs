namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Access tokens for calls to the Bot Connector. Not registered in anonymous local mode.</summary>
public interface IBotTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
