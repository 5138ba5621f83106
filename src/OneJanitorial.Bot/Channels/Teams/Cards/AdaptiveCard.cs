using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>
/// A typed Adaptive Card. This is also the channel-neutral UI model: the console renders it as text
/// and the Slack adapter converts the same records to Block Kit, so features build only this.
/// </summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams mobile renders up to 1.2; cards use 1.2 unless a feature needs more and says why.</summary>
    public const string MobileVersion = "1.2";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = MobileVersion;

    [JsonConverter(typeof(CardBodyConverter))]
    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render the card (also the notification preview).</summary>
    public string? FallbackText { get; init; }
}
