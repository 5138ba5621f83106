using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The worker's per-conversation lanes on their own: order within a lane, work run again keeping its place, the bound
/// across lanes, a stop.
/// </summary>
public sealed class SlackWorkLanesTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<string> _started = [];
    private readonly Dictionary<string, TaskCompletionSource> _blocked = [];
    private readonly Dictionary<string, Queue<TimeSpan>> _again = [];
    private readonly TimerWatchingTimeProvider _clock = new();
    private int _running;
    private int _maxRunning;

    public void Dispose() => _stopping.Dispose();

    [Fact]
    public async Task Add_WorkOfOneKey_RunsOneAfterAnotherInTheOrderAdded()
    {
        var lanes = new SlackWorkLanes(4, RunAsync, _clock, _stopping.Token);
        string[] ids = ["first", "second", "third", "fourth"];
        foreach (var id in ids)
        {
            lanes.Add("slack/D1", Claim(id));
        }

        foreach (var id in ids)
        {
            await Until(() => _started.Count == Array.IndexOf(ids, id) + 1);
            Assert.Equal(1, _running);
            Release(id);
        }
        await lanes.DrainAsync().WaitAsync(Bound);

        Assert.Equal(ids, _started);
        Assert.Equal(1, _maxRunning);
    }

    [Fact]
    public async Task Add_WorkAskingToRunAgain_RunsAgainBeforeTheLanesLaterWorkAndHoldsNoSlotWhileItWaits()
    {
        var lanes = new SlackWorkLanes(1, RunAsync, _clock, _stopping.Token);
        _again["flaky"] = new([TimeSpan.FromSeconds(8)]);
        lanes.Add("slack/D1", Claim("flaky"));
        lanes.Add("slack/D1", Claim("later"));
        await Until(() => _started.Count == 1);
        Release("flaky");
        Assert.Equal(TimeSpan.FromSeconds(8), await _clock.NextDelayAsync());

        lanes.Add("slack/C2", Claim("other")); // the only slot is free while the flaky work waits
        await Until(() => _started.Count == 2);
        Release("other");
        _clock.Advance(TimeSpan.FromSeconds(8));
        await Until(() => _started.Count == 3);
        Release("flaky");
        await Until(() => _started.Count == 4);
        Release("later");
        await lanes.DrainAsync().WaitAsync(Bound);

        // Before, work run again went to the back of its lane: "later" ran before its second run.
        Assert.Equal(["flaky", "other", "flaky", "later"], _started);
    }

    [Fact]
    public async Task Add_MoreKeysThanSlots_TheNextStartsOnlyWhenOneEnds()
    {
        var lanes = new SlackWorkLanes(2, RunAsync, _clock, _stopping.Token);
        lanes.Add("slack/C1", Claim("a"));
        lanes.Add("slack/C2", Claim("b"));
        await Until(() => _running == 2);
        lanes.Add("slack/C3", Claim("c"));

        Release(_started[0]);
        await Until(() => _started.Contains("c"));
        Release("b", "c", "a");
        await lanes.DrainAsync().WaitAsync(Bound);

        Assert.Equal(2, _maxRunning);
    }

    [Fact]
    public async Task Add_StoppedWithWorkQueued_TheQueuedNeverRunsAndTheLanesEnd()
    {
        var lanes = new SlackWorkLanes(1, RunAsync, _clock, _stopping.Token);
        lanes.Add("slack/C1", Claim("running"));
        await Until(() => _running == 1);
        lanes.Add("slack/C1", Claim("behind it"));
        lanes.Add("slack/C2", Claim("another conversation"));

        await _stopping.CancelAsync();
        await lanes.DrainAsync().WaitAsync(Bound);

        Assert.Equal(["running"], _started);
    }

    private async ValueTask<TimeSpan?> RunAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _started.Add(claim.Work.Id);
            _blocked[claim.Work.Id] = release;
            _maxRunning = Math.Max(_maxRunning, ++_running);
        }
        try
        {
            await release.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                _running--;
            }
        }
        lock (_lock)
        {
            return _again.TryGetValue(claim.Work.Id, out var again) && again.TryDequeue(out var delay) ? delay : null;
        }
    }

    private void Release(params string[] ids)
    {
        lock (_lock)
        {
            foreach (var id in ids)
            {
                _blocked[id].TrySetResult();
            }
        }
    }

    private async Task Until(Func<bool> done)
    {
        for (var i = 0; i < 1000; i++)
        {
            lock (_lock)
            {
                if (done())
                {
                    return;
                }
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("The lanes did not get there within 20 s.");
    }

    private static SlackClaim Claim(string id) => SlackClaim.For(new SlackWork(id, SlackWorkKind.Event, "{}", DateTimeOffset.UnixEpoch));
}
