using System.Threading.RateLimiting;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams throttles a bot at 7 operations per second in one conversation. Each conversation gets a
/// sliding-window limiter driven by <see cref="TimeProvider"/>: the window is one segment longer than
/// a second, so a permit is never reused within a second of its use.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    public const int PermitsPerSecond = 7;
    public static readonly TimeSpan Segment = TimeSpan.FromMilliseconds(200);
    private const int SegmentsPerWindow = 6;
    private const int QueueLimit = 1000;

    private readonly Dictionary<string, SlidingWindowRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly ITimer _timer;

    public ConversationRateLimiter(TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => Replenish(), null, Segment, Segment);
    }

    /// <summary>Waits until the conversation may take one more operation.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_limiters.TryGetValue(conversationId, out var limiter))
            {
                limiter = Create();
                _limiters[conversationId] = limiter;
            }
            // Queues (or grants) synchronously, so the idle sweep below cannot drop a limiter someone waits on.
            return limiter.AcquireAsync(1, cancellationToken);
        }
    }

    private void Replenish()
    {
        lock (_lock)
        {
            foreach (var (key, limiter) in _limiters)
            {
                limiter.TryReplenish();
                var stats = limiter.GetStatistics();
                if (stats is { CurrentQueuedCount: 0, CurrentAvailablePermits: PermitsPerSecond })
                {
                    _limiters.Remove(key);
                    limiter.Dispose();
                }
            }
        }
    }

    private static SlidingWindowRateLimiter Create() => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = PermitsPerSecond,
        Window = Segment * SegmentsPerWindow,
        SegmentsPerWindow = SegmentsPerWindow,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = false,
    });

    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            foreach (var limiter in _limiters.Values)
            {
                limiter.Dispose();
            }
            _limiters.Clear();
        }
    }
}
