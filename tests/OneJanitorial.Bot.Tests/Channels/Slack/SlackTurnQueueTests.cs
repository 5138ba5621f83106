using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Issue 9, item 4: a Slack turn's timeout starts when the turn starts running, not while its conversation is busy with
/// an earlier turn (on another instance: the turn is tried again every <see cref="SlackInboxWorker.BusyDelay"/>, holding
/// no worker slot meanwhile); that stretch is bounded by <see cref="SlackOptions.TurnQueueTimeout"/>, and one that runs
/// out counts as a failed attempt, tried again, not run over the turn's timeout. The earlier turn is stood in for by the
/// test holding the conversation's gate, as a turn on another instance would.
/// </summary>
public sealed class SlackTurnQueueTests : IAsyncLifetime
{
    private const string DmGateKey = "slack/D024BE91L";

    private readonly WatchedConversationGate _gate = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(fakeClock: true, services: s => s.AddSingleton<IConversationGate>(_gate));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Event_QueuedBehindAnEarlierTurnLongerThanTheTurnTimeout_AnsweredOnceWithoutAFailedAttempt()
    {
        var earlier = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        using var accepted = await _bot.PostEventAsync(SlackFixtures.Event("message_im", "echo after the wait"));
        await UntilBusyAsync();

        // Busy for longer than a turn may run (tried again every second, each a second later than the one before), well
        // within the queue timeout: a turn timeout counting meanwhile would have run out.
        var tries = (int)_bot.Clock.TurnTimeout.TotalSeconds + 2;
        var queueSeconds = (int)new SlackOptions().TurnQueueTimeout.TotalSeconds;
        await Polling.RunClockUntilAsync(_bot.Clock, () => _gate.Busy >= tries, maxSeconds: queueSeconds - 5, "The busy turn was not tried again every second.");
        earlier.Dispose();

        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count > 0, maxSeconds: 60, "The queued turn was never answered.");
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("echo after the wait", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == 2114);
        Assert.Equal(0, _bot.Metrics.Total("onej.slack.work.retries"));
        Assert.Contains("\"attempts\":0", Assert.Single(await _bot.Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_ConversationGateNotFreeWithinTheQueueTimeout_NotRunRetriedLaterAndAnsweredOnce()
    {
        var wedged = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        var body = SlackFixtures.Event("message_im", "echo once free");
        using var accepted = await _bot.PostEventAsync(body);
        await UntilBusyAsync();

        var waited = await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Logs.Lines.Any(l => l.EventId == 2139), maxSeconds: 600, "The busy stretch did not run out.");

        Assert.InRange(TimeSpan.FromSeconds(waited), new SlackOptions().TurnQueueTimeout, new SlackOptions().TurnQueueTimeout + TimeSpan.FromSeconds(10));
        Assert.Contains(body["event_id"]!.GetValue<string>(), Assert.Single(_bot.Logs.Lines, l => l.EventId == 2139).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == 2114); // not a turn over its timeout: it never ran
        Assert.Empty(_bot.Feature.Handled.Concat(_bot.Turns.Turns));
        await Polling.UntilAsync(() => _bot.Metrics.Total("onej.slack.work.retries") == 1, "The wait that ran out was not retried.");
        wedged.Dispose();

        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count > 0, maxSeconds: 60, "The retried turn was never answered.");
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("echo once free", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_ConversationBusyAtShutdown_StopsAtOnceAndStaysPendingUncounted()
    {
        var earlier = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        using var accepted = await _bot.PostEventAsync(SlackFixtures.Event("message_im", "echo later"));
        await UntilBusyAsync();

        await _bot.RestartAsync().WaitAsync(TimeSpan.FromSeconds(20));
        earlier.Dispose();

        var entry = Assert.Single(await _bot.Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None)).Json;
        Assert.Contains("\"doneAt\":null", entry, StringComparison.Ordinal);
        Assert.Contains("\"attempts\":0", entry, StringComparison.Ordinal);
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
    }

    private Task UntilBusyAsync() => Polling.UntilAsync(() => _gate.Busy > 0, "The turn did not find its conversation busy.");
}
