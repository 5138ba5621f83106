using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>
/// Builds the knowledge index and loads (or computes) the passage vectors at start, in the background, so the first
/// question does not pay for it. <see cref="KnowledgeHealthCheck"/> reports ready when this is done.
/// </summary>
public sealed partial class KnowledgeWarmup(KnowledgeBase knowledge, SopSearch search, TimeProvider time, ILogger<KnowledgeWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var snapshot = await knowledge.WhenReadyAsync(stoppingToken);
            await search.WarmAsync(stoppingToken);
            LogReady(logger, snapshot.Passages.Count, search.UsesVectors, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Questions retry the build; readiness stays red meanwhile.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Knowledge ready: {Passages} passages, semantic retrieval {Vectors}, in {Milliseconds} ms")]
    private static partial void LogReady(ILogger logger, int passages, bool vectors, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Knowledge warm-up failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
