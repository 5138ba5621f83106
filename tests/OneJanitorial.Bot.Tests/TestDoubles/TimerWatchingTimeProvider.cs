using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each one-shot timer (a <c>Task.Delay</c>) as it is created,
/// so a test can advance the clock only once the code under test is actually waiting, and counts the one-shot timers
/// of each due time still pending (neither fired nor disposed): how many waits of that length are under way.
/// </summary>
public sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly SemaphoreSlim _created = new(0);
    private readonly ConcurrentDictionary<TimeSpan, int> _pending = new();

    /// <param name="start">The clock's first reading; Mon 2026-11-23 14:00Z when not given.</param>
    public TimerWatchingTimeProvider(DateTimeOffset? start = null)
        : base(start ?? new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan || dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }
        _pending.AddOrUpdate(dueTime, 1, (_, count) => count + 1);
        var watched = new WatchedTimer(this, dueTime);
        watched.Inner = base.CreateTimer(
            s =>
            {
                watched.Ended();
                callback(s);
            },
            state,
            dueTime,
            period);
        _delays.Enqueue(dueTime);
        _created.Release();
        return watched;
    }

    /// <summary>Waits for the next one-shot timer and returns its due time.</summary>
    public async Task<TimeSpan> NextDelayAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _created.WaitAsync(timeout.Token);
        _delays.TryDequeue(out var delay);
        return delay;
    }

    /// <summary>One-shot timers created with <paramref name="dueTime"/> that have neither fired nor been disposed.</summary>
    public int Pending(TimeSpan dueTime) => _pending.GetValueOrDefault(dueTime);

    private sealed class WatchedTimer(TimerWatchingTimeProvider clock, TimeSpan dueTime) : ITimer
    {
        private int _ended;

        public ITimer Inner { get; set; } = null!;

        /// <summary>Fired or disposed: no longer pending (counted once).</summary>
        public void Ended()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                clock._pending.AddOrUpdate(dueTime, 0, (_, count) => count - 1);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner.Change(dueTime, period);

        public void Dispose()
        {
            Ended();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
