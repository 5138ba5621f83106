namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>Turn delivery log messages, EventIds 1030–1039. Never message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1030, Level = LogLevel.Information, Message = "Turn {TurnKey} run again: message {Ordinal} was delivered by an earlier run and is not sent again")]
    public static partial void AlreadyDelivered(ILogger logger, string turnKey, int ordinal);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning, Message = "Turn {TurnKey}: message {Ordinal} was delivered but could not be recorded (storage down); a run again would send it again")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string turnKey, int ordinal);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Warning, Message = "Sweeping old turn delivery records failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1033, Level = LogLevel.Error, Message = "Writing {Count} waiting turn delivery records failed (not a storage outage); they keep waiting and are tried again")]
    public static partial void WriteFailed(ILogger logger, Exception exception, int count);
}
