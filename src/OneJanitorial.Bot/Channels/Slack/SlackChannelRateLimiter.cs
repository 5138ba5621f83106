using System.Threading.RateLimiting;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Slack allows about one message per second per channel (short bursts tolerated). Each channel gets a token
/// bucket of one token refilled every second, so a reply burst is spread out instead of being answered with 429.
/// </summary>
public sealed class SlackChannelRateLimiter : IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private const int QueueLimit = 1000;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        channel => RateLimitPartition.GetTokenBucketLimiter(channel, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Period,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }),
        StringComparer.Ordinal);

    /// <summary>Waits until the channel may take one more message.</summary>
    public async Task AcquireAsync(string channel, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(channel, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"More than {QueueLimit} Slack messages are queued for one channel.");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
