namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams redelivers an activity when the bot is slow to answer; the same id within
/// <see cref="Window"/> is a redelivery and must not run the turn twice.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Records the activity; false when it was already seen within the window.</summary>
    public bool TryRegister(string conversationId, string activityId)
    {
        var key = conversationId + "\n" + activityId;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Evict(now);
            if (_seen.ContainsKey(key))
            {
                return false;
            }
            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= Window)
        {
            _order.Dequeue();
            _seen.Remove(oldest.Key);
        }
    }
}
