using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Proactive messages (<see cref="ProactiveMessenger"/>: reminders, huddle posts) and the <see cref="TeamsOutbox"/>: one
/// into a conversation with kept replies waits behind them, and one the Bot Connector cannot take now is kept and sent
/// once it can, as a turn's reply is. One attempt per call, so one scripted 500 is a call the connector could not take.
/// </summary>
public sealed class ProactiveOutboxTests : IAsyncLifetime
{
    private const string Chat = "personal-chat-id";

    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly CapturingLoggerProvider _logs = new();
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;
    private ConversationReference _reference = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = "1" }, _clock, _logs);
        _reference = ConversationReference.From(ActivityFixtures.Load("personal-message", _connector.ServiceUrl).ToActivity())!;
    }

    public async Task DisposeAsync()
    {
        await Sender.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ProactiveMessenger Messenger => _services.GetRequiredService<ProactiveMessenger>();

    private TeamsOutbox Outbox => _services.GetRequiredService<TeamsOutbox>();

    private static ProactiveDelivery Delivery => TestDeliveries.Post("42/overdue/2026-11-23T14:00:00Z");

    private TeamsOutboxSender Sender => _services.GetServices<IHostedService>().OfType<TeamsOutboxSender>().Single();

    [Fact]
    public async Task Send_IntoAConversationWithKeptReplies_WaitsBehindThemAndArrivesAfter()
    {
        await Outbox.KeepAsync(OutboxReplies.Reply(_connector, Chat, "Ticket 42 created"), "act-1", 1, tried: true, CancellationToken.None);

        var id = await Messenger.SendAsync(_reference, BotMessage.Plain("Reminder: ticket 42"), Delivery, CancellationToken.None);

        // Before, the reminder went at once, ahead of the reply kept before it.
        Assert.Null(id);
        Assert.Empty(_connector.Requests);
        await SendKeptAsync(2);
        Assert.Equal(["Ticket 42 created", "Reminder: ticket 42"], OutboxReplies.Texts(_connector, Chat));
    }

    [Fact]
    public async Task Send_ConnectorCannotTakeIt_KeptAndSentOnceItCan()
    {
        _connector.FailNext(500);

        var id = await Messenger.SendWithMentionAsync(_reference, BotMessage.Plain("Overdue"), new ChannelAccount { Id = "29:taylor", Name = "Taylor" }, Delivery, CancellationToken.None);

        // Before, the send threw, and the reminder was marked failed to be tried again later, after any reply kept since.
        Assert.Null(id);
        Assert.Contains(_logs.Lines, l => l.EventId == 2051 && l.Text.Contains(Chat));
        await SendKeptAsync(2);
        Assert.Equal(["<at>Taylor</at> Overdue", "<at>Taylor</at> Overdue"], OutboxReplies.Texts(_connector, Chat));
    }

    [Fact]
    public async Task Update_ConnectorCannotTakeIt_KeptAndMadeInPlaceOnceItCan()
    {
        _connector.FailNext(503);

        await Messenger.UpdateAsync(_reference, "card-7", BotMessage.Plain("Reminder done"), Delivery, CancellationToken.None);

        // Before, the update threw and was lost.
        await SendKeptAsync(2);
        Assert.All(_connector.Requests, r => Assert.Equal(("PUT", Chat, "card-7"), (r.Method, r.ConversationId, r.ActivityId)));
        Assert.Equal("Reminder done", _connector.Requests[1].Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_KeptThenSent_ItsRecordStaysForOutboxMaxAgeThenIsRemoved()
    {
        _connector.FailNext(500);
        await Messenger.SendAsync(_reference, BotMessage.Plain("Reminder: ticket 42"), Delivery, CancellationToken.None);
        await SendKeptAsync(2);
        var store = _services.GetRequiredService<IStateStore>();
        Assert.Single(await store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None)); // the record that it was sent

        _clock.Advance(new BotOptions().OutboxMaxAge);
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1);

        Assert.Empty(await store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
        Assert.Equal(2, _connector.Requests.Count);
    }

    /// <summary>Starts the outbox sender and lets its retry delay pass until the connector got <paramref name="requests"/> calls, then checks none more come.</summary>
    private async Task SendKeptAsync(int requests)
    {
        await Sender.StartAsync(CancellationToken.None);
        for (var step = 0; step < 20 && _connector.Requests.Count < requests; step++)
        {
            await Task.Delay(50);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        await Polling.UntilAsync(() => _connector.Requests.Count >= requests, "The kept messages were not sent.");
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1);
        Assert.Equal(requests, _connector.Requests.Count);
        // Nothing left to send; a proactive message stays as the record that its delivery was made.
        Assert.All(await Outbox.ListAsync(CancellationToken.None), queue => Assert.All(queue, kept => Assert.NotNull(kept.Message.DoneAt)));
    }
}
