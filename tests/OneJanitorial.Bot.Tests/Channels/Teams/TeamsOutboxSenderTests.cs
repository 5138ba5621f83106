using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The outbox's own guarantees, with the real connector pipeline against a fake connector: a reply kept twice (a turn
/// run again) is kept once; two instances on one store send each reply once, each conversation's in order; a reply
/// the connector refuses for good is given up (logged, counted) and the next one goes; a sender that stops mid-send
/// releases its claim for another to send at once.
/// </summary>
public sealed class TeamsOutboxSenderTests : IAsyncLifetime
{
    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly InMemoryStateStore _store = new();
    private readonly FaultyStateStore _faults = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly List<TeamsOutboxSender> _senders = [];
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = "1" }, _clock, _logs);
    }

    public async Task DisposeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.StopAsync(CancellationToken.None);
            sender.Dispose();
        }
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Keep_SameReplyOfTheSameTurnTwice_KeepsItOnce()
    {
        using var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var outbox = Outbox();

        await outbox.KeepAsync(Reply("chat-a", "Ticket 12 created"), "act-1", 1, tried: true, CancellationToken.None);
        await outbox.KeepAsync(Reply("chat-a", "Ticket 12 created"), "act-1", 1, tried: true, CancellationToken.None);

        Assert.Single(await _store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
        Assert.Equal(1, metrics.Total("onej.outbox.kept"));
    }

    [Fact]
    public async Task Send_TwoInstancesOnOneStore_SendEachReplyOnceInItsConversationsOrder()
    {
        var keeping = Outbox();
        foreach (var conversation in new[] { "chat-a", "chat-b" })
        {
            for (var i = 1; i <= 3; i++)
            {
                await keeping.KeepAsync(Reply(conversation, $"{conversation} {i}"), $"act-{i}", 1, tried: false, CancellationToken.None);
            }
        }

        await Task.WhenAll(Start(Outbox()), Start(Outbox()));
        await Polling.UntilAsync(() => _connector.Requests.Count >= 6, "The kept replies were not sent.");
        await LetPollsPassAsync();

        Assert.Equal(["chat-a 1", "chat-a 2", "chat-a 3"], Texts("chat-a"));
        Assert.Equal(["chat-b 1", "chat-b 2", "chat-b 3"], Texts("chat-b"));
        Assert.Equal(6, _connector.Requests.Count);
        Assert.Empty(await _store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Send_ConnectorRefusesAKeptReply_GivesItUpLoggedAndCountedAndSendsTheNext()
    {
        using var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var outbox = Outbox();
        await outbox.KeepAsync(Reply("chat-a", "refused"), "act-1", 1, tried: false, CancellationToken.None);
        await outbox.KeepAsync(Reply("chat-a", "taken"), "act-2", 1, tried: false, CancellationToken.None);
        _connector.FailNext(403);

        await Start(outbox);
        await Polling.UntilAsync(() => _connector.Requests.Count >= 2, "The reply after the refused one was not sent.");
        await LetPollsPassAsync();

        Assert.Equal(["refused", "taken"], Texts("chat-a"));
        Assert.Contains(_logs.Lines, l => l.EventId == 2044 && l.Text.Contains("act-1") && l.Text.Contains("403"));
        Assert.Equal(1, metrics.Total("onej.outbox.given_up"));
        Assert.Equal(1, metrics.Total("onej.outbox.sent"));
    }

    [Fact]
    public async Task Send_AnotherSenderClaimsAnOldReplyAfterTheList_LeavesItAndTheReplyBehindItToThatSender()
    {
        using var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await KeepOldThenNewAsync();
        var behind = (await Outbox().ListAsync(CancellationToken.None))[0][1].Item;
        var other = Outbox();
        var claimed = new TaskCompletionSource();
        _faults.AfterNextList(TeamsOutbox.KeyPrefix, async () =>
        {
            Assert.NotNull(await other.TryClaimAsync((await other.ListAsync(CancellationToken.None))[0][0], CancellationToken.None));
            claimed.SetResult();
        });

        await Start(Outbox(_faults.Wrap(_store)));
        await claimed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await NextPassAsync();

        // Before, its list still showing the old reply unclaimed, the sender failed to remove it and sent the new one
        // while the other sender held the old one.
        var queue = Assert.Single(await Outbox().ListAsync(CancellationToken.None));
        Assert.Equal(["old", "new"], queue.Select(kept => kept.Message.Activity.Text));
        Assert.Equal(behind, queue[1].Item); // not claimed, tried or sent
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, metrics.Total("onej.outbox.given_up"));
    }

    [Fact]
    public async Task Send_AnotherSenderGaveAnOldReplyUpAfterTheList_DoesNotCountItAgainAndSendsTheNext()
    {
        using var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await KeepOldThenNewAsync();
        var other = Outbox();
        var removed = new TaskCompletionSource();
        _faults.AfterNextList(TeamsOutbox.KeyPrefix, async () =>
        {
            Assert.True(await other.TryRemoveAsync((await other.ListAsync(CancellationToken.None))[0][0], CancellationToken.None));
            removed.SetResult();
        });

        await Start(Outbox(_faults.Wrap(_store)));
        await removed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await NextPassAsync();
        await Polling.UntilAsync(() => _connector.Requests.Count >= 1, "The reply behind the given-up one was not sent.");

        // Before, removing a reply already gone counted as this sender's give-up too: logged and counted twice.
        Assert.Equal(0, metrics.Total("onej.outbox.given_up"));
        Assert.DoesNotContain(_logs.Lines, l => l.EventId == 2043);
        Assert.Equal(["new"], Texts("chat-a"));
    }

    [Fact]
    public async Task Send_StoreFailsForOneConversationWhileAnothersSendIsUnderway_ThatSendGoesOnAndItsReplyIsNotHeld()
    {
        var outbox = Outbox(_faults.Wrap(_store));
        await outbox.KeepAsync(Reply("chat-a", "chat-a 1"), "act-a", 1, tried: false, CancellationToken.None);
        await outbox.KeepAsync(Reply("chat-b", "chat-b 1"), "act-b", 1, tried: false, CancellationToken.None);
        _connector.HangNext();
        var failed = new TaskCompletionSource();
        _faults.BeforeNextWrite(TeamsOutbox.KeyPrefix + "chat-a/", "chat-a 1", async () =>
        {
            await _connector.WaitForRequestsAsync(1); // chat-b's send, hanging
            failed.SetResult();
            throw new StorageUnavailableException("Injected outage at chat-a's claim.");
        });

        await Start(outbox);
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (var step = 0; step < 12 && Texts("chat-b").Count < 2; step++) // a minute, half the claim timeout
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            for (var wait = 0; wait < 10 && Texts("chat-b").Count < 2; wait++)
            {
                await Task.Delay(50);
            }
        }

        // Before, chat-a's failure cut chat-b's send short, and chat-b's reply stayed claimed by the cut send for twice
        // Bot:TurnTimeout (2 min). Now that send runs its course (no answer within the attempt timeout), and the reply
        // goes on its next try, 5 s later.
        Assert.Equal(["chat-b 1", "chat-b 1"], Texts("chat-b"));
        await Polling.UntilAsync(() => Texts("chat-a").Count >= 1, "chat-a's reply was not sent after the store came back.");
        Assert.Equal(["chat-a 1"], Texts("chat-a"));
    }

    [Fact]
    public async Task Stop_WhileItsSendIsUnderway_ReleasesTheClaimSoAnotherSenderSendsAtOnce()
    {
        var keeping = Outbox();
        await keeping.KeepAsync(Reply("chat-a", "chat-a 1"), "act-1", 1, tried: false, CancellationToken.None);
        await keeping.KeepAsync(Reply("chat-a", "chat-a 2"), "act-2", 1, tried: false, CancellationToken.None);
        _connector.HangNext();
        var stopping = NewSender(Outbox());
        await stopping.StartAsync(CancellationToken.None);
        await _connector.WaitForRequestsAsync(1);

        await stopping.StopAsync(CancellationToken.None);
        await Start(Outbox());
        await Polling.UntilAsync(() => _connector.Requests.Count >= 3, "The released replies were not sent at once.");
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1); // the one still running

        // Before, the stopped sender's claim held the conversation for twice Bot:TurnTimeout (2 min) of the clock, which
        // has not moved here (the polls after take a minute).
        Assert.Equal(["chat-a 1", "chat-a 1", "chat-a 2"], Texts("chat-a"));
        Assert.Empty(await _store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
    }

    /// <summary>
    /// Moves the clock on in steps until the sender (on the faulty store) lists the outbox again: its passes run one
    /// after another, so the one before has finished by then.
    /// </summary>
    private async Task NextPassAsync()
    {
        var listed = new TaskCompletionSource();
        _faults.AfterNextList(TeamsOutbox.KeyPrefix, () =>
        {
            listed.TrySetResult();
            return Task.CompletedTask;
        });
        for (var step = 0; step < 20 && !listed.Task.IsCompleted; step++)
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(listed.Task, Task.Delay(100));
        }
        await listed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Keeps a reply, then, past the max age, one more behind it.</summary>
    private async Task KeepOldThenNewAsync()
    {
        var outbox = Outbox();
        await outbox.KeepAsync(Reply("chat-a", "old"), "act-1", 1, tried: false, CancellationToken.None);
        _clock.Advance(new BotOptions().OutboxMaxAge + TimeSpan.FromMinutes(1));
        await outbox.KeepAsync(Reply("chat-a", "new"), "act-2", 1, tried: false, CancellationToken.None);
    }

    private TeamsOutbox Outbox(IStateStore? store = null) => new(store ?? _store, _services.GetRequiredService<TeamsMetrics>(), _clock, shared: true);

    private Task Start(TeamsOutbox outbox) => NewSender(outbox).StartAsync(CancellationToken.None);

    private TeamsOutboxSender NewSender(TeamsOutbox outbox)
    {
        var sender = OutboxReplies.Sender(_services, outbox, _clock);
        _senders.Add(sender);
        return sender;
    }

    private Task LetPollsPassAsync() => OutboxReplies.LetPollsPassAsync(_clock, _senders.Count);

    private OutboxMessage Reply(string conversationId, string text) => OutboxReplies.Reply(_connector, conversationId, text);

    private List<string> Texts(string conversationId) => OutboxReplies.Texts(_connector, conversationId);
}
