namespace OneJanitorial.Bot.Recaps;

public enum RecapSendStatus
{
    Sent,

    /// <summary>This recap was sent (or is being sent) already; nothing was sent again.</summary>
    AlreadySent,

    /// <summary>No mail transport configured: copy the text or open the .eml.</summary>
    NotConfigured,

    /// <summary>The server did not accept it; the recap is still unsent.</summary>
    Failed,
}

/// <summary>The outcome of a send, with what the CSR should be told and, when not sent, the text and .eml to use instead.</summary>
public sealed record RecapSendResult(RecapSendStatus Status, string Message)
{
    public DateTimeOffset? SentAt { get; init; }
    public string? CopyText { get; init; }
    public byte[]? Eml { get; init; }
    public string? EmlFileName { get; init; }
}

/// <summary>What the state store keeps per recap key.</summary>
public sealed record RecapSendRecord(string State, string To, string Subject, DateTimeOffset At)
{
    public const string Sending = "sending";
    public const string Sent = "sent";
}
