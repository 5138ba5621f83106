namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Slack channel log messages, EventIds 2100–2199. Never tokens, secrets or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Rejected {Path}: request body over {MaxBytes} bytes")]
    public static partial void BodyTooLarge(ILogger logger, string path, int maxBytes);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Rejected {Path}: Slack signature check {Check}")]
    public static partial void SignatureRejected(ILogger logger, string path, SignatureCheck check);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Rejected {Path}: {Reason}")]
    public static partial void BadRequest(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Slack HTTP endpoints are on under /api/slack")]
    public static partial void EndpointsOn(ILogger logger);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Dropped Slack {Kind} {Id}: already received (retry {RetryNum})")]
    public static partial void DuplicateDropped(ILogger logger, SlackWorkKind kind, string id, string? retryNum);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Debug, Message = "Ignored Slack {Kind} {Id}")]
    public static partial void WorkIgnored(ILogger logger, SlackWorkKind kind, string id);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Taking on {Count} unfinished Slack work items (accepted before a restart, or by an instance that stopped)")]
    public static partial void Resuming(ILogger logger, int count);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Error, Message = "Slack {Kind} {Id} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, SlackWorkKind kind, string id);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Warning, Message = "Slack {Kind} {Id} ran over its {TimeoutSeconds} s timeout and was cancelled")]
    public static partial void WorkTimedOut(ILogger logger, SlackWorkKind kind, string id, double timeoutSeconds);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Warning, Message = "Could not tell the Slack user the turn failed")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2116, Level = LogLevel.Error, Message = "A Slack modal submit failed; the modal was told to check where it stands before submitting again")]
    public static partial void SubmissionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2124, Level = LogLevel.Information, Message = "Slack {Id} submitted again while its first delivery is unfinished; not run twice, the modal was told to try again")]
    public static partial void SubmissionPending(ILogger logger, string id);

    [LoggerMessage(EventId = 2125, Level = LogLevel.Error, Message = "Slack {Kind} {Id} not taken in: storage is down (refused for Slack to deliver again: {Refused}; else the user was told)")]
    public static partial void StorageDown(ILogger logger, Exception exception, SlackWorkKind kind, string id, bool refused);

    [LoggerMessage(EventId = 2126, Level = LogLevel.Warning, Message = "Slack: the storage-down notice could not be posted to the interaction's response_url")]
    public static partial void StorageDownNoticeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2127, Level = LogLevel.Error, Message = "Slack {Kind} {Id} failed in a way a retry cannot fix and is given up")]
    public static partial void WorkFailedForGood(ILogger logger, SlackWorkKind kind, string id);

    [LoggerMessage(EventId = 2128, Level = LogLevel.Warning, Message = "Slack {Kind} {Id} was given up and the user could not be told ({Error})")]
    public static partial void FailureNoticeFailed(ILogger logger, Exception? exception, SlackWorkKind kind, string id, string? error);

    [LoggerMessage(EventId = 2135, Level = LogLevel.Error, Message = "Socket Mode envelope {EnvelopeId} ({Type}) failed and was not acknowledged")]
    public static partial void SocketEnvelopeFailed(ILogger logger, Exception exception, string envelopeId, string? type);

    [LoggerMessage(EventId = 2117, Level = LogLevel.Warning, Message = "Slack {Kind} {Id} failed (attempt {Attempts}); retrying in {DelaySeconds} s")]
    public static partial void WorkRetrying(ILogger logger, SlackWorkKind kind, string id, int attempts, double delaySeconds);

    [LoggerMessage(EventId = 2118, Level = LogLevel.Error, Message = "Slack {Kind} {Id} failed on all {Attempts} attempts and was given up")]
    public static partial void WorkGivenUp(ILogger logger, SlackWorkKind kind, string id, int attempts);

    [LoggerMessage(EventId = 2119, Level = LogLevel.Error, Message = "A Slack inbox sweep step failed; it runs again on the next sweep")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2122, Level = LogLevel.Error, Message = "Slack {Kind} {Id}: its inbox entry could not be read or written; the stale-claim sweep takes it on again")]
    public static partial void WorkStateFailed(ILogger logger, Exception exception, SlackWorkKind kind, string id);

    [LoggerMessage(EventId = 2123, Level = LogLevel.Warning, Message = "Slack {Kind} {Id}: claimed again as stale (by another instance or this one) while this copy ran or waited; this copy stands down and leaves it to that claim")]
    public static partial void ClaimLost(ILogger logger, SlackWorkKind kind, string id);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error} {Details}")]
    public static partial void ApiError(ILogger logger, string method, string error, string details);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning, Message = "Slack {Method} answered 429; retrying in {DelayMs} ms (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string method, double delayMs, int attempt);

    [LoggerMessage(EventId = 2130, Level = LogLevel.Information, Message = "Socket Mode connected ({Host}, about {Seconds} s before Slack refreshes it)")]
    public static partial void SocketConnected(ILogger logger, string? host, double seconds);

    [LoggerMessage(EventId = 2131, Level = LogLevel.Information, Message = "Socket Mode connection ended ({Reason}); reconnecting in {DelayMs} ms")]
    public static partial void SocketReconnecting(ILogger logger, SocketMode.ConnectionEnd reason, double delayMs);

    [LoggerMessage(EventId = 2132, Level = LogLevel.Error, Message = "Socket Mode stopped: Slack disabled this app's link (link_disabled)")]
    public static partial void SocketLinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 2133, Level = LogLevel.Warning, Message = "Socket Mode: ignored a {Type} message")]
    public static partial void SocketMessageIgnored(ILogger logger, string? type);

    [LoggerMessage(EventId = 2134, Level = LogLevel.Warning, Message = "Socket Mode connection failed; retrying in {DelayMs} ms")]
    public static partial void SocketConnectFailed(ILogger logger, Exception exception, double delayMs);

    [LoggerMessage(EventId = 2137, Level = LogLevel.Information, Message = "Slack {Kind} {Id} waits: its conversation has earlier reply pages still to post; tried again in {DelaySeconds} s")]
    public static partial void WorkWaiting(ILogger logger, SlackWorkKind kind, string id, double delaySeconds);

    [LoggerMessage(EventId = 2139, Level = LogLevel.Warning, Message = "Slack {Kind} {Id} did not start within {QueueSeconds} s: its conversation was busy with an earlier turn (or the user's DM could not be opened); not run, tried again later")]
    public static partial void WorkNotStarted(ILogger logger, SlackWorkKind kind, string id, double queueSeconds);

    [LoggerMessage(EventId = 2141, Level = LogLevel.Debug, Message = "Slack {Kind} {Id} waits: a turn on another instance (or a modal submit here) holds its conversation; tried again in {DelaySeconds} s")]
    public static partial void WorkBusy(ILogger logger, SlackWorkKind kind, string id, double delaySeconds);

    [LoggerMessage(EventId = 2140, Level = LogLevel.Information, Message = "Slack {Id}: its conversation was busy with an earlier turn for {WaitSeconds} s of Slack's 3; the modal was told to come back, and a submit held here is run by the worker after that turn")]
    public static partial void SubmissionDeferred(ILogger logger, string id, double waitSeconds);

    [LoggerMessage(EventId = 2138, Level = LogLevel.Warning, Message = "Slack chat.postEphemeral refused in {ChannelId} ({Error}); the rest of the turn's reply goes to the user's DM {DmChannelId}")]
    public static partial void EphemeralToDirectMessage(ILogger logger, string channelId, string? error, string dmChannelId);

    [LoggerMessage(EventId = 2136, Level = LogLevel.Warning, Message = "Slack Web API {Method} not answered within {TimeoutSeconds} s; given up as Slack unavailable")]
    public static partial void CallTimedOut(ILogger logger, string method, int timeoutSeconds);
}
