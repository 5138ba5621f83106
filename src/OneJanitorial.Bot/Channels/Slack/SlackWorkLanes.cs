namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The <see cref="SlackInboxWorker"/>'s lanes in this process: work added under one key (its conversation,
/// <see cref="SlackWorkLane"/>) runs one after another in the order added; work of different keys runs side by side, at
/// most <c>parallelism</c> at once, each taking a slot only while it runs (and giving it back between two pieces of its
/// lane, so a busy conversation gets its turn at the slots as the others do). Work queued behind its conversation's
/// earlier work waits in its lane, holding no slot, so one busy conversation never keeps the others waiting. Work that
/// asks to run again (<c>run</c> returns a delay: a retry, a wait, its conversation busy elsewhere) keeps its place: it
/// runs again after that delay on <c>clock</c>, before the lane's later work, holding no slot meanwhile; how often it may
/// ask is <c>run</c>'s to bound. Stopped (<c>stoppingToken</c>), lanes run nothing more: what they still hold stays
/// pending in the inbox under this instance's claim, as work still in the inbox's queue does.
/// </summary>
public sealed class SlackWorkLanes(
    int parallelism, Func<SlackClaim, CancellationToken, ValueTask<TimeSpan?>> run, TimeProvider clock, CancellationToken stoppingToken)
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(parallelism, parallelism);
    private readonly Lock _lock = new();

    /// <summary>Queues <paramref name="claim"/> at the end of lane <paramref name="key"/>, starting the lane when it is idle.</summary>
    public void Add(string key, SlackClaim claim)
    {
        lock (_lock)
        {
            if (_lanes.TryGetValue(key, out var lane))
            {
                lane.Queue.Enqueue(claim);
                return;
            }
            lane = new Lane();
            lane.Queue.Enqueue(claim);
            _lanes[key] = lane;
            lane.Running = Task.Run(() => RunAsync(key, lane), CancellationToken.None);
        }
    }

    /// <summary>Waits for the lanes still running (after a stop: for the work running in them to stand down).</summary>
    public async Task DrainAsync()
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _lanes.Values.Select(l => l.Running)];
        }
        try
        {
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException)
        {
            // stopped: the work left in the lanes stays pending
        }
    }

    private async Task RunAsync(string key, Lane lane)
    {
        try
        {
            while (Next(key, lane) is { } claim)
            {
                while (await RunInSlotAsync(claim) is { } again)
                {
                    await Task.Delay(again, clock, stoppingToken);
                }
            }
        }
        finally
        {
            Forget(key, lane);
        }
    }

    /// <summary>Runs the work once in a slot; the delay after which it asks to run again, or null.</summary>
    private async Task<TimeSpan?> RunInSlotAsync(SlackClaim claim)
    {
        await _slots.WaitAsync(stoppingToken);
        try
        {
            return await run(claim, stoppingToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The lane's next work; null, and the lane forgotten in the same step, when it has none.</summary>
    private SlackClaim? Next(string key, Lane lane)
    {
        lock (_lock)
        {
            if (lane.Queue.TryDequeue(out var claim))
            {
                return claim;
            }
            Forget(key, lane);
            return null;
        }
    }

    /// <summary>Forgets the lane, unless a new lane has taken its key since.</summary>
    private void Forget(string key, Lane lane)
    {
        lock (_lock)
        {
            if (_lanes.TryGetValue(key, out var current) && current == lane)
            {
                _lanes.Remove(key);
            }
        }
    }

    private sealed class Lane
    {
        public Queue<SlackClaim> Queue { get; } = new();

        public Task Running { get; set; } = Task.CompletedTask;
    }
}
