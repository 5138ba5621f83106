namespace OneJanitorial.Bot.Recaps;

public enum RecapSendStatus
{
    Sent,

    /// <summary>This recap was sent (or is being sent) already; nothing was sent again.</summary>
    AlreadySent,

    /// <summary>No mail transport configured: nothing was sent; the CSR copies the email.</summary>
    NotConfigured,

    /// <summary>The server did not accept it; the recap is still unsent.</summary>
    Failed,
}

/// <summary>The outcome of a send, with what the CSR should be told and, when not sent, the email as text to copy instead.</summary>
public sealed record RecapSendResult(RecapSendStatus Status, string Message)
{
    public DateTimeOffset? SentAt { get; init; }
    public string? CopyText { get; init; }
}
