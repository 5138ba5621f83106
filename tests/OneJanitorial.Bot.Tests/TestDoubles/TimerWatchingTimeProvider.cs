using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each one-shot timer (a <c>Task.Delay</c>) as it is created,
/// so a test can advance the clock only once the code under test is actually waiting.
/// </summary>
public sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly SemaphoreSlim _created = new(0);

    public TimerWatchingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (period == Timeout.InfiniteTimeSpan && dueTime != Timeout.InfiniteTimeSpan)
        {
            _delays.Enqueue(dueTime);
            _created.Release();
        }
        return timer;
    }

    /// <summary>Waits for the next one-shot timer and returns its due time.</summary>
    public async Task<TimeSpan> NextDelayAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _created.WaitAsync(timeout.Token);
        _delays.TryDequeue(out var delay);
        return delay;
    }
}
