using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The Slack app. Nothing set: Slack is off. A signing secret turns on the HTTP endpoints under
/// <c>/api/slack</c>; an app-level token turns on Socket Mode. Either needs the bot token to answer.
/// </summary>
public sealed partial class SlackOptions : IValidatableObject
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

    /// <summary>
    /// How long one turn may run, from when it starts running, before its token is cancelled. At least 8 s: a claim is
    /// taken over after two of these without renewal (<see cref="SlackInboxWorker.StaleAfter"/>), and a shorter one would
    /// let another instance take work still waiting in its lane for its 16 s retry delay, and run it out of order.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:08", "00:30:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a turn may wait to start (for its conversation's earlier turn, on any instance) before it is tried again
    /// later: two <see cref="TurnTimeout"/>s, so a turn behind one that runs its full timeout still starts, while a
    /// conversation whose gate is wedged does not hold its work forever.
    /// </summary>
    public TimeSpan TurnQueueTimeout => TurnTimeout * 2;

    /// <summary>Attempts per Web API call, the first included; only HTTP 429 is retried (after its Retry-After).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// Seconds one Web API call (each attempt) may wait for Slack's answer, on the bot's clock, before it is given up as
    /// Slack unavailable; below <see cref="TurnTimeout"/>, so a hung call ends before the turn does.
    /// </summary>
    [Range(1, 60)]
    public int CallTimeoutSeconds { get; set; } = 10;

    public TimeSpan CallTimeout => TimeSpan.FromSeconds(CallTimeoutSeconds);

    /// <summary>Team (the ticket's city, as in <c>Reminders:Channels</c>) → the Slack channel its reminders go to (C…/G…). Keys match case-insensitively.</summary>
    public Dictionary<string, string> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Slack channel for a team without a row in <see cref="Channels"/>; empty: such teams are not on Slack.</summary>
    public string? DefaultChannel { get; set; }

    /// <summary>Person (ticket owner or on-call name, as the tickets and <c>Reminders:OnCall</c> name them) → Slack user id (U…/W…), for DMs and @mentions.</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEnabled => HttpEnabled || SocketModeEnabled;

    /// <summary>The Slack channel serving <paramref name="team"/>, or null when that team is not on Slack.</summary>
    public string? ChannelFor(string team) => Teams.Of(team);

    /// <summary>The teams on Slack and their channels (<see cref="Channels"/>, <see cref="DefaultChannel"/>), channel-neutral.</summary>
    public Reminders.TeamChannels Teams => Reminders.TeamChannels.From(Channels, DefaultChannel);

    /// <summary>The Slack user id of <paramref name="person"/>: mapped in <see cref="Users"/>, or the person is recorded by their id (U…).</summary>
    public string? UserIdOf(string? person) =>
        person is null ? null : Users.GetValueOrDefault(person) ?? (UserId().IsMatch(person) ? person : null);

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
        foreach (var (team, channel) in Channels.Where(c => !ChannelId().IsMatch(c.Value ?? "")))
        {
            yield return Error($"Slack:Channels:{team} must be a Slack channel id (C… or G…, from the channel's details), not '{channel}'.", nameof(Channels));
        }
        if (!string.IsNullOrWhiteSpace(DefaultChannel) && !ChannelId().IsMatch(DefaultChannel))
        {
            yield return Error($"Slack:DefaultChannel must be a Slack channel id (C… or G…), not '{DefaultChannel}'.", nameof(DefaultChannel));
        }
        foreach (var (person, id) in Users.Where(u => !UserId().IsMatch(u.Value ?? "")))
        {
            yield return Error($"Slack:Users:{person} must be a Slack user id (U… or W…, from the member's profile), not '{id}'.", nameof(Users));
        }
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return Error("Slack:ApiBaseUrl must be an absolute http(s) URL.", nameof(ApiBaseUrl));
        }
        if (CallTimeout >= TurnTimeout)
        {
            yield return Error($"Slack:CallTimeoutSeconds ({CallTimeoutSeconds}) must be below Slack:TurnTimeout ({TurnTimeout}): a hung Web API call would outlast the turn and the turn be run again.", nameof(CallTimeoutSeconds));
        }
    }

    private static ValidationResult Error(string message, string member) => new(message, [member]);

    [GeneratedRegex("^[CG][A-Z0-9]{6,}$")]
    private static partial Regex ChannelId();

    [GeneratedRegex("^[UW][A-Z0-9]{6,}$")]
    private static partial Regex UserId();
}
