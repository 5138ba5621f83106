using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Inbound auth for <c>/api/messages</c> when an app id is configured: Bot Framework channel tokens
/// (botframework.com metadata) and, for single-tenant bots, Entra ID tokens of that tenant. The token's
/// issuer picks the scheme; each scheme validates signature, issuer, audience (= app id) and lifetime.
/// </summary>
public static class BotAuthentication
{
    public const string PolicyName = "BotFrameworkChannel";
    public const string SelectorScheme = "Bot";
    public const string BotFrameworkScheme = "BotFramework";
    public const string EntraScheme = "BotEntraId";
    public const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsItem = "OneJanitorial.Bot.KeyEndorsements";

    /// <summary>Teams signs tokens up to a few minutes off; the Bot Framework allows 5 minutes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        // No default scheme: only the endpoint that requires the policy authenticates.
        services.AddAuthentication()
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(BotFrameworkScheme)
            .AddJwtBearer(EntraScheme);
        services.AddOptions<JwtBearerOptions>(BotFrameworkScheme).Configure<IOptions<BotOptions>>((jwt, bot) =>
        {
            Configure(jwt, BotFrameworkScheme, bot.Value.OpenIdMetadataUrl, [BotOptions.BotFrameworkIssuer], bot.Value);
            jwt.Events.OnTokenValidated = RememberEndorsementsAsync;
        });
        services.AddOptions<JwtBearerOptions>(EntraScheme).Configure<IOptions<BotOptions>>((jwt, bot) =>
            Configure(jwt, EntraScheme, bot.Value.EntraMetadataUrl, EntraIssuers(bot.Value.MicrosoftAppTenantId), bot.Value));
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, p => p.AddAuthenticationSchemes(SelectorScheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>The token's <c>serviceurl</c> claim must name the connector the activity asks us to answer.</summary>
    public static bool ServiceUrlMatches(ClaimsPrincipal user, string? serviceUrl)
    {
        var claim = user.FindFirst(ServiceUrlClaim)?.Value;
        return claim is not null && serviceUrl is not null
            && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Bot Framework keys list the channels they may sign for ("endorsements"); a token signed with a key
    /// not endorsed for the activity's channel is rejected. Entra ID keys carry no endorsements and are not checked.
    /// </summary>
    public static bool ChannelEndorsed(HttpContext context, string? channelId) =>
        context.Items[EndorsementsItem] is not IReadOnlyCollection<string> endorsements
        || string.IsNullOrEmpty(channelId)
        || endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    public static string[] EntraIssuers(string? tenantId) =>
        [$"https://login.microsoftonline.com/{tenantId}/v2.0", $"https://sts.windows.net/{tenantId}/"];

    private static void Configure(JwtBearerOptions jwt, string scheme, string metadataUrl, string[] issuers, BotOptions bot)
    {
        jwt.MetadataAddress = metadataUrl;
        jwt.RequireHttpsMetadata = !IsLoopbackUrl(metadataUrl);
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = bot.MicrosoftAppId,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                Log.TokenRejected(LoggerOf(context.HttpContext), scheme, context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
            OnChallenge = context =>
            {
                Log.Unauthorized(LoggerOf(context.HttpContext), context.AuthenticateFailure?.GetType().Name ?? "no bearer token");
                return Task.CompletedTask;
            },
        };
    }

    private static async Task RememberEndorsementsAsync(TokenValidatedContext context)
    {
        var keyId = (context.SecurityToken as JsonWebToken)?.Kid;
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        context.HttpContext.Items[EndorsementsItem] = KeyEndorsements.Of(key);
    }

    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var tenant = context.RequestServices.GetRequiredService<IOptions<BotOptions>>().Value.MicrosoftAppTenantId;
        if (string.IsNullOrWhiteSpace(tenant) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotFrameworkScheme;
        }
        var issuer = UnvalidatedIssuer(header["Bearer ".Length..].Trim());
        return issuer is not null && EntraIssuers(tenant).Contains(issuer, StringComparer.OrdinalIgnoreCase) ? EntraScheme : BotFrameworkScheme;
    }

    /// <summary>A peek at the issuer, only to choose which scheme validates the token; garbage goes to the default scheme.</summary>
    private static string? UnvalidatedIssuer(string token)
    {
        var handler = new JsonWebTokenHandler();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True for http(s) URLs on this machine (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    private static ILogger LoggerOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotAuthentication).FullName!);
}
