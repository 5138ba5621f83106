namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Teams channel log messages, EventIds 2000–2099. Never tokens, secrets or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Anonymous local mode: Bot:MicrosoftAppId is empty, so /api/messages accepts unauthenticated requests and outbound calls carry no token")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Rejected /api/messages: request body over {MaxBytes} bytes")]
    public static partial void BodyTooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Rejected /api/messages: {Reason}")]
    public static partial void BadActivity(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Rejected bot token ({Scheme}): {Failure}")]
    public static partial void TokenRejected(ILogger logger, string scheme, string failure);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Rejected /api/messages: no valid bearer token ({Reason})")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Rejected /api/messages: serviceUrl {ServiceUrl} is not vouched for (token serviceurl claim, or loopback in anonymous mode)")]
    public static partial void ServiceUrlMismatch(ILogger logger, string? serviceUrl);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Rejected /api/messages: the signing key is not endorsed for channel {ChannelId}")]
    public static partial void ChannelNotEndorsed(ILogger logger, string? channelId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Dropped redelivered {ActivityType} activity {ActivityId}")]
    public static partial void RedeliveryDropped(ILogger logger, string? activityType, string activityId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Debug, Message = "Ignored {ActivityType} activity")]
    public static partial void ActivityIgnored(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Debug, Message = "Skipped the welcome for {ActivityType}: already installed here")]
    public static partial void AlreadyInstalled(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Information, Message = "Reaction received: added [{Added}] removed [{Removed}]")]
    public static partial void ReactionReceived(ILogger logger, string added, string removed);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Information, Message = "Invoke {InvokeName} is not implemented")]
    public static partial void InvokeNotImplemented(ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Warning, Message = "A {ActivityType} turn ran over its {TimeoutSeconds} s timeout and was cancelled")]
    public static partial void TurnTimedOut(ILogger logger, string? activityType, double timeoutSeconds);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Error, Message = "A {ActivityType} turn ({TurnKind}) failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, Conversation.TurnKind turnKind);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Could not tell the user the turn failed")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Warning, Message = "A {ActivityType} turn (activity {ActivityId}) got no answer: {Reason}")]
    public static partial void TurnDropped(ILogger logger, string? activityType, string? activityId, TurnDropReason reason);

    [LoggerMessage(EventId = 2024, Level = LogLevel.Error, Message = "Storage is down: a {ActivityType} turn (activity {ActivityId}) was not run; a redelivery will run it")]
    public static partial void StorageDown(ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(EventId = 2025, Level = LogLevel.Warning, Message = "Could not record {ActivityType} activity {ActivityId} as processed")]
    public static partial void MarkProcessedFailed(ILogger logger, Exception exception, string? activityType, string activityId);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "Bot Connector answered {StatusCode} (attempt {Attempt}); retrying in {DelayMs} ms")]
    public static partial void ConnectorRetry(ILogger logger, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Warning, Message = "A Bot Connector call was refused before it was sent: {QueueLimit} calls of its conversation or tenant already wait for Teams' rate limits (Bot:ConnectorLimits)")]
    public static partial void ConnectorCallRefused(ILogger logger, int queueLimit);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "The Bot Connector could not take reply {Ordinal} of activity {ActivityId}; it is kept in the outbox and sent once the connector takes it")]
    public static partial void ReplyKept(ILogger logger, Exception exception, int ordinal, string? activityId);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Information, Message = "Reply {Ordinal} of activity {ActivityId} is kept in the outbox behind its conversation's earlier replies")]
    public static partial void ReplyQueuedBehind(ILogger logger, int ordinal, string? activityId);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Information, Message = "Outbox reply {Key} sent (attempt {Attempt}), {LateSeconds} s after it was kept")]
    public static partial void OutboxSent(ILogger logger, string key, int attempt, double lateSeconds);

    [LoggerMessage(EventId = 2043, Level = LogLevel.Error, Message = "Outbox reply {Key} given up: kept {AgeHours} h, longer than Bot:OutboxMaxAge, after {Attempts} failed sends")]
    public static partial void OutboxTooOld(ILogger logger, string key, double ageHours, int attempts);

    [LoggerMessage(EventId = 2044, Level = LogLevel.Error, Message = "Outbox reply {Key} given up: the Bot Connector refused it ({StatusCode})")]
    public static partial void OutboxRefused(ILogger logger, string key, int statusCode);

    [LoggerMessage(EventId = 2045, Level = LogLevel.Warning, Message = "Outbox reply {Key} could not be sent (attempt {Attempt}); tried again in {DelaySeconds} s")]
    public static partial void OutboxSendFailed(ILogger logger, Exception exception, string key, int attempt, double delaySeconds);

    [LoggerMessage(EventId = 2046, Level = LogLevel.Warning, Message = "An outbox pass failed; the next runs in {DelaySeconds} s")]
    public static partial void OutboxPassFailed(ILogger logger, Exception exception, double delaySeconds);

    [LoggerMessage(EventId = 2047, Level = LogLevel.Warning, Message = "Outbox reply {Key} was changed by another sender (its claim was taken over) and is left to it")]
    public static partial void OutboxClaimLost(ILogger logger, string key);

    [LoggerMessage(EventId = 2048, Level = LogLevel.Warning, Message = "The outbox replies of conversation {ConversationId} could not be handled; they are looked at again in {DelaySeconds} s")]
    public static partial void OutboxConversationFailed(ILogger logger, Exception exception, string conversationId, double delaySeconds);

    [LoggerMessage(EventId = 2049, Level = LogLevel.Warning, Message = "The Bot Connector could not take the card update of activity {ActivityId}; it is kept in the outbox and sent once the connector takes it")]
    public static partial void UpdateKept(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 2050, Level = LogLevel.Information, Message = "The card update of activity {ActivityId} is kept in the outbox behind its conversation's earlier replies")]
    public static partial void UpdateQueuedBehind(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Warning, Message = "The Bot Connector could not take a proactive message into conversation {ConversationId}; it is kept in the outbox and sent once the connector takes it")]
    public static partial void ProactiveKept(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Information, Message = "A proactive message into conversation {ConversationId} is kept in the outbox behind the conversation's earlier replies")]
    public static partial void ProactiveQueuedBehind(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Information, Message = "Stopping: released {Count} outbox claims of sends cut short, for another sender to take at once")]
    public static partial void OutboxClaimsReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Warning, Message = "Stopping: the outbox claims of sends cut short could not be released; another sender takes them over once they are stale")]
    public static partial void OutboxReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2055, Level = LogLevel.Information, Message = "A proactive message into conversation {ConversationId} was kept in the outbox before (it is sent, or given up, from there); not made again")]
    public static partial void ProactiveKeptBefore(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2056, Level = LogLevel.Warning, Message = "Outbox message {Key} dropped unsent: it expired {ExpiredMinutes} min ago (kept {AgeHours} h, after {Attempts} failed sends)")]
    public static partial void OutboxExpired(ILogger logger, string key, double expiredMinutes, double ageHours, int attempts);
}
