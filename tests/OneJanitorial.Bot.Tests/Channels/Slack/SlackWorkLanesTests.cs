using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>The worker's per-conversation lanes on their own: order within a lane, the bound across lanes, a stop.</summary>
public sealed class SlackWorkLanesTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<string> _started = [];
    private readonly Dictionary<string, TaskCompletionSource> _blocked = [];
    private int _running;
    private int _maxRunning;

    public void Dispose() => _stopping.Dispose();

    [Fact]
    public async Task Add_WorkOfOneKey_RunsOneAfterAnotherInTheOrderAdded()
    {
        var lanes = new SlackWorkLanes(4, RunAsync, _stopping.Token);
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
    public async Task Add_MoreKeysThanSlots_TheNextStartsOnlyWhenOneEnds()
    {
        var lanes = new SlackWorkLanes(2, RunAsync, _stopping.Token);
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
        var lanes = new SlackWorkLanes(1, RunAsync, _stopping.Token);
        lanes.Add("slack/C1", Claim("running"));
        await Until(() => _running == 1);
        lanes.Add("slack/C1", Claim("behind it"));
        lanes.Add("slack/C2", Claim("another conversation"));

        await _stopping.CancelAsync();
        await lanes.DrainAsync().WaitAsync(Bound);

        Assert.Equal(["running"], _started);
    }

    private async ValueTask RunAsync(SlackClaim claim, CancellationToken cancellationToken)
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
