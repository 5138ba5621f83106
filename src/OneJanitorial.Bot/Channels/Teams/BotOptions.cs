using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The Azure Bot registration. No app id means anonymous local mode (Agents Playground, tests):
/// inbound requests are not authenticated and outbound calls carry no token.
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";
    public const string BotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Set for a single-tenant bot: tokens come from this tenant and Entra ID tokens are accepted.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkMetadataUrl;

    /// <summary>Entra ID metadata; defaults to the v2.0 document of <see cref="MicrosoftAppTenantId"/>.</summary>
    [Url]
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>How long one turn may run before its token is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a turn may wait behind the same conversation's earlier turns before it is dropped (logged and counted).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TurnQueueTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts per connector call, including the first (429/412/500/502/503/504 are retried).</summary>
    [Range(1, 10)]
    public int ConnectorMaxAttempts { get; set; } = 4;

    /// <summary>How long one connector call may take before it is abandoned (and not retried: it may have arrived).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A reply kept in the outbox (the connector could not take it) is given up after this long (logged, counted).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromHours(24);

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string EntraMetadataUrl =>
        EntraOpenIdMetadataUrl ?? $"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAnonymous && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                "Bot:MicrosoftAppId is set but Bot:MicrosoftAppPassword is empty. Set the client secret (user-secrets or ONEJ_Bot__MicrosoftAppPassword), or clear the app id for anonymous local mode.",
                [nameof(MicrosoftAppPassword)]);
        }
    }
}
