using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// A turn renews its inbox claim at each attempt (every second while its conversation is busy) and as it gets into its
/// conversation, so a claim goes stale after two turn timeouts without renewal (<see cref="SlackInboxWorker.StaleAfter"/>):
/// a stopped instance's work is taken on that soon, a live turn that waited long for its conversation is not taken over
/// while it runs, and a turn whose claim was taken just as it got in stands down, so the turn runs once. The earlier
/// turn of the conversation is stood in for by the test holding its gate; another instance by a second
/// <see cref="SlackInbox"/> on the bot's store.
/// </summary>
public sealed class SlackClaimRenewalTests : IAsyncLifetime
{
    private const string DmGateKey = "slack/D024BE91L";

    private readonly WatchedConversationGate _gate = new();
    private readonly FaultyStateStore _faults = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(fakeClock: true, services: s =>
    {
        _faults.WrapIn(s);
        s.AddSingleton<IConversationGate>(_gate);
    });

    public async Task DisposeAsync()
    {
        _bot.Feature.Release();
        await _bot.DisposeAsync();
    }

    private TimeSpan StaleAfter => _bot.Clock.TurnTimeout * 2;

    [Fact]
    public async Task Event_ClaimedByAnInstanceThatStopped_TakenOnByTheFirstSweepPastTwoTurnTimeouts()
    {
        var stopped = new SlackInbox(_bot.Store, _bot.Clock); // accepted it, then stopped before running it
        var body = SlackFixtures.Event("message_im", "echo taken on");
        await stopped.AcceptAsync(new SlackWork(body["event_id"]!.GetValue<string>(), SlackWorkKind.Event, body.ToJsonString(), _bot.Clock.GetUtcNow()), CancellationToken.None);

        var waited = await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count > 0, maxSeconds: 600, "The stopped instance's work was never taken on.");

        // Exactly two turn timeouts old is not stale yet; the next sweep takes it on (before, four turn timeouts).
        Assert.InRange(TimeSpan.FromSeconds(waited), StaleAfter + TimeSpan.FromSeconds(1), StaleAfter + SlackInboxWorker.SweepInterval);
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("echo taken on", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_InAfterNearlyTheWholeQueueTimeout_ItsRenewedClaimIsNotTakenOverWhileItRuns()
    {
        var earlier = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        await PostAsync(SlackFixtures.Event("message_im", "wait"));
        await Polling.UntilAsync(() => _gate.Busy > 0, "The turn did not find its conversation busy.");
        var busySince = _bot.Clock.GetUtcNow();
        var nearlyQueueTimeout = new SlackOptions().TurnQueueTimeout - TimeSpan.FromSeconds(2);
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Clock.GetUtcNow() - busySince >= nearlyQueueTimeout, maxSeconds: 600, "The clock did not move.");
        earlier.Dispose();
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Feature.WaitStarted.Task.IsCompleted, maxSeconds: 10, "The turn did not get in once its conversation was free.");

        _bot.Clock.Advance(_bot.Clock.TurnTimeout - TimeSpan.FromSeconds(1)); // well within its run, past two turn timeouts since it started

        // Before, its claim was last renewed as it started waiting: another instance took it over and ran it again.
        Assert.Equal(0, await new SlackInbox(_bot.Store, _bot.Clock).ClaimStaleAsync(StaleAfter, CancellationToken.None));
        _bot.Feature.Release();
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("done waiting", Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.Single(_bot.Feature.Handled);
    }

    [Fact]
    public async Task Event_ClaimTakenOverWhileItWaitedForItsConversation_ThisCopyStandsDownAndTheTurnRunsOnce()
    {
        var earlier = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        var body = SlackFixtures.Event("message_im", "echo run once");
        await PostAsync(body);
        await Polling.UntilAsync(() => _gate.Busy > 0, "The turn did not find its conversation busy.");
        // Its next attempt starts (the first write: its claim renewed) and gets in; just before the turn renews its claim
        // there (the second write), this instance stalls past the stale limit and the claim is taken over: the copy
        // queued by the takeover runs the turn, the stalled copy must not.
        var inbox = _bot.Services.GetRequiredService<SlackInbox>();
        _faults.BeforeNextWrite(SlackInbox.KeyPrefix, "echo run once", () =>
        {
            _faults.BeforeNextWrite(SlackInbox.KeyPrefix, "echo run once", async () =>
            {
                _bot.Clock.Advance(StaleAfter + TimeSpan.FromSeconds(1));
                await inbox.ClaimStaleAsync(StaleAfter, CancellationToken.None);
            });
            return Task.CompletedTask;
        });
        earlier.Dispose();

        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count > 0, maxSeconds: 60, "The turn was never answered.");
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("echo run once", Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.Single(_bot.Feature.Handled); // before, the stalled copy ran the turn too
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2123 && l.Text.Contains(body["event_id"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    private async Task PostAsync(JsonObject body)
    {
        using var response = await _bot.PostEventAsync(body);
        response.EnsureSuccessStatusCode();
    }
}
