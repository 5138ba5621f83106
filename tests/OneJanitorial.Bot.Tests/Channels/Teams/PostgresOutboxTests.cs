using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The Teams outbox on the real PostgreSQL, as two bot instances run it: each sender on its own connections to one
/// database (as another process would be), started together on replies kept before, racing for the claims; a fake
/// connector on 127.0.0.1 records what arrives; an instance that stops mid-send releases its claim to the other.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresServerFixture server) : IAsyncLifetime
{
    private const int RepliesPerConversation = 6;
    private static readonly string[] Conversations = ["chat-a", "chat-b"];

    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly List<TeamsOutboxSender> _senders = [];
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;
    private TestDatabase _data = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = "1" }, _clock);
        _data = await TestDatabase.PostgresAsync(server);
    }

    public async Task DisposeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.StopAsync(CancellationToken.None);
            sender.Dispose();
        }
        await _data.DisposeAsync();
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_TwoInstancesOnOneDatabase_SendEachReplyOnceInItsConversationsOrder()
    {
        var keeping = await OutboxAsync();
        for (var i = 1; i <= RepliesPerConversation; i++)
        {
            foreach (var conversation in Conversations)
            {
                await keeping.KeepAsync(Reply(conversation, $"{conversation} {i}"), $"act-{i}", 1, tried: false, CancellationToken.None);
            }
        }
        var first = await SenderAsync();
        var second = await SenderAsync();

        await Task.WhenAll(first.StartAsync(CancellationToken.None), second.StartAsync(CancellationToken.None));
        var expected = RepliesPerConversation * Conversations.Length;
        await Polling.UntilAsync(() => _connector.Requests.Count >= expected, "The kept replies were not sent.");
        await LetPollsPassAsync();

        foreach (var conversation in Conversations)
        {
            Assert.Equal(Enumerable.Range(1, RepliesPerConversation).Select(i => $"{conversation} {i}"), Texts(conversation));
        }
        Assert.Equal(expected, _connector.Requests.Count);
        Assert.Empty(await keeping.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Stop_WhileItsSendIsUnderway_ReleasesTheClaimSoTheOtherInstanceSendsAtOnce()
    {
        var keeping = await OutboxAsync();
        await keeping.KeepAsync(Reply("chat-a", "chat-a 1"), "act-1", 1, tried: false, CancellationToken.None);
        await keeping.KeepAsync(Reply("chat-a", "chat-a 2"), "act-2", 1, tried: false, CancellationToken.None);
        _connector.HangNext();
        var stopping = await SenderAsync();
        await stopping.StartAsync(CancellationToken.None);
        await _connector.WaitForRequestsAsync(1);

        await stopping.StopAsync(CancellationToken.None);
        await (await SenderAsync()).StartAsync(CancellationToken.None);
        await Polling.UntilAsync(() => _connector.Requests.Count >= 3, "The released replies were not sent at once.");
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1); // the one still running

        // Before, the stopped instance's claim held the conversation for twice Bot:TurnTimeout (2 min) of the clock.
        Assert.Equal(["chat-a 1", "chat-a 1", "chat-a 2"], Texts("chat-a"));
        Assert.Empty(await keeping.ListAsync(CancellationToken.None));
    }

    /// <summary>An outbox on its own <see cref="Database"/> of the test database: its own connections, as another instance's.</summary>
    private async Task<TeamsOutbox> OutboxAsync()
    {
        var database = _data.Open(StateStoreMigrations.All);
        await database.MigrateAsync(CancellationToken.None);
        return new TeamsOutbox(new SqlStateStore(database), _services.GetRequiredService<TeamsMetrics>(), _clock, shared: true);
    }

    private async Task<TeamsOutboxSender> SenderAsync()
    {
        var sender = OutboxReplies.Sender(_services, await OutboxAsync(), _clock);
        _senders.Add(sender);
        return sender;
    }

    private Task LetPollsPassAsync() => OutboxReplies.LetPollsPassAsync(_clock, _senders.Count);

    private OutboxMessage Reply(string conversationId, string text) => OutboxReplies.Reply(_connector, conversationId, text);

    private List<string> Texts(string conversationId) => OutboxReplies.Texts(_connector, conversationId);
}
