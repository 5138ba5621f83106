using Microsoft.Extensions.Time.Testing;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A <see cref="FakeTimeProvider"/> (starting now) that knows when a turn runs: a one-shot timer due after
/// <see cref="TurnTimeout"/> (a turn's timeout token) is counted until it is disposed. A test that moves this clock
/// to let retry delays, sweeps and stale claims pass moves it only between turns (<see cref="AdvanceBetweenTurnsAsync"/>),
/// so a running turn never reaches its timeout on it, as no turn of a real clock takes that long.
/// </summary>
public sealed class TurnAwareClock(TimeSpan turnTimeout) : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private int _turns;

    public TimeSpan TurnTimeout { get; } = turnTimeout;

    public bool TurnRunning => Volatile.Read(ref _turns) > 0;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != TurnTimeout || period != Timeout.InfiniteTimeSpan)
        {
            return timer;
        }
        Interlocked.Increment(ref _turns);
        return new TurnTimer(timer, this);
    }

    /// <summary>Waits (at most 30 s of the machine's time) until no turn runs, then moves the clock by <paramref name="delta"/>.</summary>
    public async Task AdvanceBetweenTurnsAsync(TimeSpan delta)
    {
        await Polling.UntilAsync(() => !TurnRunning, "A turn was still running after 30 s.");
        Advance(delta);
    }

    private sealed class TurnTimer(ITimer inner, TurnAwareClock clock) : ITimer
    {
        private int _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref clock._turns);
            }
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
