using System.Threading.RateLimiting;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams throttles a bot at 7 operations per second in one conversation. Each conversation gets a
/// sliding-window partition whose window is one segment longer than a second, so a permit is never
/// reused within a second of its use. Runs on the real clock: the library's replenishment reads
/// <see cref="System.Diagnostics.Stopwatch"/> even when replenished by hand.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    public const int PermitsPerSecond = 7;
    public static readonly TimeSpan Segment = TimeSpan.FromMilliseconds(200);
    private const int SegmentsPerWindow = 6;
    private const int QueueLimit = 1000;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        conversationId => RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerSecond,
            Window = Segment * SegmentsPerWindow,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }),
        StringComparer.Ordinal);

    /// <summary>Waits until the conversation may take one more operation.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(conversationId, 1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
