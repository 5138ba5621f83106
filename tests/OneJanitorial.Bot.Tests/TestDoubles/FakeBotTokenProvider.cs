using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Hands out a fixed outbound token and counts the calls.</summary>
public sealed class FakeBotTokenProvider(string token = FakeBotTokenProvider.Token) : IBotTokenProvider
{
    public const string Token = "outbound-test-token";

    public int Calls { get; private set; }

    public Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(token);
    }
}
