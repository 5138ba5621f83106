namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Processed activities in this process's memory (one instance, SQLite). Teams redelivers an activity when the
/// bot is slow to answer; the same id within <see cref="Window"/> of its turn completing is not run again.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider clock) : IProcessedActivities
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    public bool Contains(string conversationId, string activityId)
    {
        lock (_lock)
        {
            Evict(clock.GetUtcNow());
            return _seen.ContainsKey(Key(conversationId, activityId));
        }
    }

    public void Add(string conversationId, string activityId)
    {
        var key = Key(conversationId, activityId);
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Evict(now);
            if (_seen.TryAdd(key, now))
            {
                _order.Enqueue((key, now));
            }
        }
    }

    public Task<bool> ContainsAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(Contains(conversationId, activityId));

    public Task AddAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        Add(conversationId, activityId);
        return Task.CompletedTask;
    }

    private static string Key(string conversationId, string activityId) => conversationId + "\n" + activityId;

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= Window)
        {
            _order.Dequeue();
            _seen.Remove(oldest.Key);
        }
    }
}
