namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// What a send did: delivered (and where), or failed with a reason safe to log (never message text). A failure
/// because the peer (Bot Connector, Slack) is unavailable for now — a 5xx, 429, timeout, refused connection — is
/// <see cref="PeerUnavailable"/>: the dispatcher keeps retrying it while the reminder is still of use.
/// </summary>
public sealed record DeliveryResult(bool Delivered, string Detail)
{
    /// <summary>The failure is the peer's outage, not this reminder's (a bad conversation, the bot removed).</summary>
    public bool PeerUnavailable { get; init; }

    public static DeliveryResult Sent(string where) => new(true, where);

    public static DeliveryResult Failed(string reason) => new(false, reason);

    public static DeliveryResult Unavailable(string reason) => new(false, reason) { PeerUnavailable = true };
}
