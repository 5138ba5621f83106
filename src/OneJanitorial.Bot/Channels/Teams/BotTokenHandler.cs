using System.Net.Http.Headers;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Adds the bot's bearer token to connector calls; without a token provider (anonymous mode) sends none.</summary>
public sealed class BotTokenHandler(IBotTokenProvider? tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (tokens is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
