using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Client-credentials tokens from Entra ID; MSAL's in-memory app cache keeps each until shortly before expiry.</summary>
public sealed class MsalBotTokenProvider(IOptions<BotOptions> options) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly Lazy<IConfidentialClientApplication> _app = new(() => Build(options.Value));

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.Value.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary>Single-tenant bots get tokens from their tenant; multi-tenant ones from the botframework.com tenant.</summary>
    public static string AuthorityFor(BotOptions options) =>
        $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? "botframework.com" : options.MicrosoftAppTenantId)}";

    private static IConfidentialClientApplication Build(BotOptions options) =>
        ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(AuthorityFor(options))
            .Build();
}
