namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Bounded waits for background work: with the bot's fake clock moving, or without it.</summary>
public static class Polling
{
    /// <summary>
    /// Moves <paramref name="clock"/> a second at a time (at most <paramref name="maxSeconds"/>), letting the bot run
    /// 20 ms of the machine's time between steps and never while a turn runs (a turn would reach its timeout, a claim
    /// go stale while its run goes on, as on no real clock), until <paramref name="done"/>; returns the seconds moved.
    /// For work that waits on the bot's clock: retry delays, sweeps, stale claims.
    /// </summary>
    public static async Task<int> RunClockUntilAsync(TurnAwareClock clock, Func<bool> done, int maxSeconds, string failure)
    {
        var seconds = 0;
        for (var steps = 0; seconds < maxSeconds && steps < maxSeconds + 1500; steps++)
        {
            await Task.Delay(20);
            if (done())
            {
                return seconds;
            }
            if (!clock.TurnRunning)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                seconds++;
            }
        }
        throw new TimeoutException(failure);
    }

    /// <summary>
    /// Waits (at most 30 s of the machine's time) for <paramref name="done"/> without moving the bot's clock: for work
    /// that needs no delay to pass.
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
