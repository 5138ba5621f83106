using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The Slack app. Nothing set: Slack is off. A signing secret turns on the HTTP endpoints under
/// <c>/api/slack</c>; an app-level token turns on Socket Mode. Either needs the bot token to answer.
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Basic Information → Signing Secret; verifies every HTTP request from Slack.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>OAuth &amp; Permissions → Bot User OAuth Token (<c>xoxb-…</c>).</summary>
    public string? BotToken { get; set; }

    /// <summary>Basic Information → App-Level Token with <c>connections:write</c> (<c>xapp-…</c>); Socket Mode.</summary>
    public string? AppToken { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How long one turn may run before its token is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per Web API call, the first included; only HTTP 429 is retried (after its Retry-After).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    public bool IsEnabled => HttpEnabled || SocketModeEnabled;

    public bool HttpEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>The Web API base, always ending in a slash so method names resolve under it.</summary>
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var botTokenSet = !string.IsNullOrWhiteSpace(BotToken);
        if (!IsEnabled && botTokenSet)
        {
            yield return Error("Slack:BotToken is set but neither Slack:SigningSecret (HTTP endpoints) nor Slack:AppToken (Socket Mode) is: Slack could not reach the bot.", nameof(SigningSecret));
        }
        if (IsEnabled && !botTokenSet)
        {
            yield return Error("Slack is on (Slack:SigningSecret or Slack:AppToken is set) but Slack:BotToken is empty: the bot could not answer. Set the xoxb- token (user-secrets or ONEJ_Slack__BotToken).", nameof(BotToken));
        }
        if (botTokenSet && !BotToken!.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            yield return Error("Slack:BotToken must be a bot token (starts with xoxb-).", nameof(BotToken));
        }
        if (SocketModeEnabled && !AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            yield return Error("Slack:AppToken must be an app-level token (starts with xapp-).", nameof(AppToken));
        }
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return Error("Slack:ApiBaseUrl must be an absolute http(s) URL.", nameof(ApiBaseUrl));
        }
    }

    private static ValidationResult Error(string message, string member) => new(message, [member]);
}
