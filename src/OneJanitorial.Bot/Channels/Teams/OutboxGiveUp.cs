namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Why the <see cref="TeamsOutboxSender"/> gave a kept reply up.</summary>
public enum OutboxGiveUp
{
    /// <summary>The connector refused it in a way another try cannot change (a 4xx other than 412/429).</summary>
    Refused,

    /// <summary>Kept longer than <see cref="BotOptions.OutboxMaxAge"/>.</summary>
    TooOld,

    /// <summary>A proactive message past its <see cref="OutboxMessage.ExpiresAt"/> (a huddle digest whose business day is over).</summary>
    Expired,
}
