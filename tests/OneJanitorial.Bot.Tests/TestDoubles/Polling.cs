using Microsoft.Extensions.Time.Testing;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Bounded waits for background work: with the bot's fake clock moving, or without it.</summary>
public static class Polling
{
    /// <summary>
    /// Moves <paramref name="clock"/> a second at a time (at most <paramref name="maxSeconds"/>), letting the bot run
    /// 20 ms of the machine's time between steps, until <paramref name="done"/>; returns the seconds moved. For work
    /// that waits on the bot's clock: retry delays, sweeps, stale claims.
    /// </summary>
    public static async Task<int> RunClockUntilAsync(FakeTimeProvider clock, Func<bool> done, int maxSeconds, string failure)
    {
        for (var seconds = 0; seconds < maxSeconds; seconds++)
        {
            await Task.Delay(20);
            if (done())
            {
                return seconds;
            }
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException(failure);
    }

    /// <summary>
    /// Waits (at most 30 s of the machine's time) for <paramref name="done"/> without moving the bot's clock: for work
    /// that needs no delay to pass. Moving it would let a slow run's claim go stale (after two turn timeouts of the bot's
    /// clock, a few seconds of this machine's) and be taken on again while it still runs, which no real clock does.
    /// </summary>
    public static async Task UntilAsync(Func<bool> done, string failure)
    {
        for (var i = 0; i < 1500 && !done(); i++)
        {
            await Task.Delay(20);
        }
        if (!done())
        {
            throw new TimeoutException(failure);
        }
    }
}
