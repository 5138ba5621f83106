namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Slack allows about one message per second per channel (short bursts tolerated). Each channel's messages get
/// send slots one <see cref="Period"/> apart, in the order they asked, so a reply burst is spread out instead of
/// being answered with 429; other channels are not held up. Runs on the <see cref="TimeProvider"/> it is given (the host
/// gives it the machine clock; System.Threading.RateLimiting cannot take another). A message cancelled while it waits
/// keeps its slot: the next one waits a period more.
/// </summary>
public sealed class SlackChannelRateLimiter(TimeProvider clock)
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private const int QueueLimit = 1000;

    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Waits until the channel may take one more message.</summary>
    public async Task AcquireAsync(string channel, CancellationToken cancellationToken)
    {
        var wait = Reserve(channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>Takes the channel's next free slot and returns how long until it.</summary>
    private TimeSpan Reserve(string channel)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_nextSlot.Count > QueueLimit)
            {
                Forget(now);
            }
            var slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            if (slot - now >= Period * QueueLimit)
            {
                throw new InvalidOperationException($"More than {QueueLimit} Slack messages are queued for one channel.");
            }
            _nextSlot[channel] = slot + Period;
            return slot - now;
        }
    }

    /// <summary>Drops channels whose next slot is already free, so the table holds only channels sending now.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var channel in _nextSlot.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _nextSlot.Remove(channel);
        }
    }
}
