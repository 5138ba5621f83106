namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Why a turn got no answer.</summary>
public enum TurnDropReason
{
    /// <summary>Waited longer than <see cref="BotOptions.TurnQueueTimeout"/> behind the conversation's other turns.</summary>
    QueueTimeout,

    /// <summary>Ran longer than <see cref="BotOptions.TurnTimeout"/>.</summary>
    TurnTimeout,

    /// <summary>The reply could not be delivered through the Bot Connector.</summary>
    ConnectorFailed,

    /// <summary>The state store was down; the user was told (when the connector allowed) and the activity stays unprocessed.</summary>
    StorageDown,
}
