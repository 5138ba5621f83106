using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams' documented rate limits (<see cref="ConnectorLimitsOptions"/>), one sliding window per conversation for each
/// per-conversation row and one per tenant, chained: a call waits until every window it falls in has a permit.
/// Each window is one segment longer than its nominal length: a segment's permits come back when the whole window has
/// passed it, so one taken at the end of a segment is never reused within the nominal length of its use (7 per 1 s is
/// a 1.2 s window of 200 ms segments). Segments are a thirtieth of the window but at least 200 ms (the library
/// replenishes on a 100 ms timer), so the hour's window is 31 segments of 2 minutes.
/// A chained permit counts from when it was taken, so time spent waiting for a later window is counted early in the
/// earlier ones. The conversation windows come first, longest first, and the tenant last: waiting for the shared tenant
/// window then holds nothing another conversation needs, and as a conversation's turns run one at a time such early
/// counting can add at most one call to a conversation's window; a 429 left over is retried after its Retry-After.
/// A call a later window refuses (its queue full) still counts in the earlier ones, its own conversation's: the
/// library's chain disposes their leases, but a sliding window gives a permit back only when its segment leaves the
/// window, never on dispose. That costs the conversation one call in each such window, and only behind a full queue
/// (<see cref="ConnectorLimitsOptions.QueueLimit"/> calls waiting).
/// Runs on the real clock: the library's replenishment reads <see cref="System.Diagnostics.Stopwatch"/> even when
/// replenished by hand.
/// </summary>
public sealed class ConnectorRateLimiter : IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan MinSegment = TimeSpan.FromMilliseconds(200);
    private const int SegmentsPerNominalWindow = 30;
    private const string AppWide = "";
    private const string NoConversation = "";

    private readonly PartitionedRateLimiter<ConnectorCall>[] _windows;
    private readonly PartitionedRateLimiter<ConnectorCall> _limiter;

    public ConnectorRateLimiter(IOptions<ConnectorLimitsOptions> options)
    {
        var limits = options.Value;
        _windows =
        [
            .. limits.ConversationWindows.Select(w => PerConversation(WindowOptions(w, limits.QueueLimit))),
            PerTenant(WindowOptions(limits.Tenant, limits.QueueLimit)),
        ];
        _limiter = PartitionedRateLimiter.CreateChained(_windows);
    }

    /// <summary>
    /// Waits until the call may go. A lease not acquired means a window's queue was full (<see cref="ConnectorLimitsOptions.QueueLimit"/>).
    /// </summary>
    public ValueTask<RateLimitLease> AcquireAsync(ConnectorCall call, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(call, 1, cancellationToken);

    /// <summary>The library's options for one documented window: its nominal length rounded up to whole segments, plus one.</summary>
    public static SlidingWindowRateLimiterOptions WindowOptions(RateWindow window, int queueLimit)
    {
        var segment = TimeSpan.FromTicks(Math.Max(MinSegment.Ticks, window.Window.Ticks / SegmentsPerNominalWindow));
        var segments = (int)Math.Ceiling(window.Window / segment) + 1;
        return new SlidingWindowRateLimiterOptions
        {
            PermitLimit = window.Permits,
            Window = segment * segments,
            SegmentsPerWindow = segments,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
    }

    private static PartitionedRateLimiter<ConnectorCall> PerConversation(SlidingWindowRateLimiterOptions options) =>
        PartitionedRateLimiter.Create<ConnectorCall, string>(
            call => call.ConversationId is { } id
                ? RateLimitPartition.GetSlidingWindowLimiter(id, _ => options)
                : RateLimitPartition.GetNoLimiter(NoConversation),
            StringComparer.Ordinal);

    private static PartitionedRateLimiter<ConnectorCall> PerTenant(SlidingWindowRateLimiterOptions options) =>
        PartitionedRateLimiter.Create<ConnectorCall, string>(
            call => RateLimitPartition.GetSlidingWindowLimiter(call.TenantId ?? AppWide, _ => options),
            StringComparer.Ordinal);

    /// <summary>Calls still waiting fail (a lease not acquired). The host disposes asynchronously: the library's synchronous
    /// dispose blocks on each window's replenishment timer.</summary>
    public async ValueTask DisposeAsync()
    {
        await _limiter.DisposeAsync();
        foreach (var window in _windows)
        {
            await window.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _limiter.Dispose();
        foreach (var window in _windows)
        {
            window.Dispose();
        }
    }
}
