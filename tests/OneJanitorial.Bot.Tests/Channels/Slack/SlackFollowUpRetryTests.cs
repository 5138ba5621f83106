using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// A modal's follow-up ("Ticket N created") through the real inbox worker against a fake Slack that fails with HTTP
/// 500: tried again after a backoff on the bot's clock until Slack takes it, or given up, logged and counted; a
/// follow-up of several pages goes on from the page that failed.
/// </summary>
public sealed class SlackFollowUpRetryTests : IAsyncLifetime
{
    private const string Channel = "C123ABC456";
    private readonly FaultyStateStore _faults = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(services: _faults.WrapIn, fakeClock: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task FollowUp_SlackFailsThreeTimesThenWorks_PostedToTheChannelAndDone()
    {
        _bot.Slack.FailNext("chat.postMessage", times: 3);

        await AcceptAsync("V1:h1");
        var calls = await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Any(c => Ok(c)));

        Assert.Equal(4, _bot.Slack.CallsTo("chat.postMessage").Count);
        var posted = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"), Ok);
        Assert.Equal((Channel, "Ticket 7 created"), (posted.Body["channel"]!.GetValue<string>(), posted.Body["text"]!.GetValue<string>()));
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal((3, 0), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
        Assert.True(calls > 0);
    }

    [Fact]
    public async Task FollowUp_SlackFailsEveryTime_GivenUpAfterTheLastAttemptLoggedWithItsIdAndCounted()
    {
        _bot.Slack.FailNext("chat.postMessage", times: 100);

        await AcceptAsync("V2:h2");
        await RunClockUntilAsync(() => _bot.Metrics.Total("onej.slack.work.failures") > 0);

        Assert.Equal(SlackInboxWorker.MaxAttempts, _bot.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(1, _bot.Metrics.Total("onej.slack.work.failures"));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2118 && l.Text.Contains("followup:V2:h2", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Text.Contains("Ticket 7", StringComparison.Ordinal));
        var notice = Assert.Single(await _bot.Slack.WaitForAsync("chat.postEphemeral")).Body;
        Assert.Equal(SlackFailureNotice.FollowUpText, notice["text"]!.GetValue<string>()); // a modal's follow-up: "…what you submitted"
        await _bot.WaitForInboxDoneAsync(1);
    }

    [Fact]
    public async Task FollowUp_SecondOfThreePagesFailsOnce_RetriedFromTheSecondPageEachPagePostedOnce()
    {
        _bot.Slack.FailNext("chat.postMessage", times: 1, after: 1);

        await _bot.Services.GetRequiredService<SlackFollowUps>().AcceptAsync("V3:h3", new SlackReplyTarget(Channel, "U123ABC456"),
            [new SlackMessageContent("Ticket 7 created"), new SlackMessageContent("Ticket 8 created"), new SlackMessageContent("Ticket 9 created")], CancellationToken.None);
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Count(Ok) == 3);

        var calls = _bot.Slack.CallsTo("chat.postMessage");
        Assert.Equal(4, calls.Count);
        Assert.Equal(["Ticket 7 created", "Ticket 8 created", "Ticket 8 created", "Ticket 9 created"], calls.Select(c => c.Body["text"]!.GetValue<string>()));
        Assert.Equal(["Ticket 7 created", "Ticket 8 created", "Ticket 9 created"], calls.Where(Ok).Select(c => c.Body["text"]!.GetValue<string>()));
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal(1, _bot.Metrics.Total("onej.slack.work.retries"));
    }

    [Fact]
    public async Task Sweep_AStepFails_LaterStepsAndSweepsStillTakeOnStaleWork()
    {
        await _bot.Store.WriteAsync(SlackModalStore.KeyPrefix + "V-broken", "not json", null, CancellationToken.None);
        // Held by an instance that stopped before posting it: only the sweep's stale claim can take it on.
        var payload = new JsonObject { ["channel"] = Channel, ["user"] = "U123ABC456", ["ephemeral"] = false, ["pages"] = new JsonArray(new JsonObject { ["text"] = "Ticket 7 created" }) };
        await new SlackInbox(_bot.Store, _bot.Clock).HoldAsync(
            SlackClaim.For(new SlackWork("followup:V4:h4", SlackWorkKind.FollowUp, payload.ToJsonString(), _bot.Clock.GetUtcNow())), CancellationToken.None);

        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Any(Ok));

        Assert.Equal("Ticket 7 created", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.True(_bot.Logs.Lines.Count(l => l.EventId == 2119) >= 2); // the modal sweep failed on every sweep up to then
    }

    [Fact]
    public async Task FollowUp_MarkingItDoneFailsOnce_WorkerGoesOnAndTheStaleSweepFinishesIt()
    {
        _faults.FailNextWrite(SlackInbox.KeyPrefix, holding: "\"doneAt\":\"");

        await AcceptAsync("V6:h6");
        await WaitUntilAsync(() => _bot.Logs.Lines.Any(l => l.EventId == 2122));
        await AcceptAsync("V7:h7");

        // Before, the failed write ended the worker: V7 was never posted and V6 stayed pending for good.
        await _bot.Slack.WaitForAsync("chat.postMessage", count: 2);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2122 && l.Text.Contains("followup:V6:h6", StringComparison.Ordinal));
        // V6 stays pending under its claim; once the claim is stale the sweep runs it again, and its page already posted
        // is not posted twice.
        await _bot.Clock.AdvanceBetweenTurnsAsync(TimeSpan.FromMinutes(5));
        await _bot.WaitForInboxDoneAsync(2);
        Assert.Equal(2, _bot.Slack.CallsTo("chat.postMessage").Count(Ok));
    }

    [Fact]
    public async Task FollowUp_AnotherInstanceTakesItOverBeforeItsFailureIsCounted_ThisOneStandsDownAndLogsIt()
    {
        var other = new SlackInbox(_bot.Store, _bot.Clock); // a second instance on the same database
        // This instance's post fails and, before it counts the failure (a second later), its claim is taken over as stale.
        _faults.BeforeNextWrite(SlackInbox.KeyPrefix, "\"attempts\":1", async () =>
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(1, await other.ClaimStaleAsync(TimeSpan.Zero, CancellationToken.None));
        });
        _bot.Slack.FailNext("chat.postMessage");

        await AcceptAsync("V8:h8");
        await WaitUntilAsync(() => _bot.Logs.Lines.Any(l => l.EventId == 2123));
        _bot.Clock.Advance(TimeSpan.FromSeconds(30)); // past every retry delay: this instance does not try it again
        await AcceptAsync("V9:h9");

        await _bot.Slack.WaitForAsync("chat.postMessage", count: 2); // the worker goes on with other work
        Assert.Equal(["Ticket 7 created", "Ticket 7 created"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2123 && l.Text.Contains("followup:V8:h8", StringComparison.Ordinal));
        var claim = SlackInboxTests.Next(other);
        Assert.True(await other.TryStartAsync(claim, CancellationToken.None)); // the other instance's claim is intact
        Assert.Equal(1, await other.RecordFailureAsync(claim, CancellationToken.None)); // with no failure counted by this one
        Assert.Equal(0, _bot.Metrics.Total("onej.slack.work.retries"));
    }

    private Task AcceptAsync(string id) => _bot.Services.GetRequiredService<SlackFollowUps>()
        .AcceptAsync(id, new SlackReplyTarget(Channel, "U123ABC456"), [new SlackMessageContent("Ticket 7 created")], CancellationToken.None);

    private Task<int> RunClockUntilAsync(Func<bool> done) =>
        Polling.RunClockUntilAsync(_bot.Clock, done, maxSeconds: 600, "The Slack follow-up was neither posted nor given up.");

    private static Task WaitUntilAsync(Func<bool> done) => Polling.UntilAsync(done, "The Slack work did not get there in 30 s.");

    private static bool Ok(RecordedSlackCall call) => call.Response?["ok"]?.GetValue<bool>() == true;
}
