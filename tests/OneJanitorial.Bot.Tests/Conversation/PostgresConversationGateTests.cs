using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Conversation;

/// <summary>
/// Two instances' gates on one real PostgreSQL database (each with its own in-process gate): a try-enter of a
/// conversation the other instance holds returns at once, holding nothing, and gets in once that turn ended.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationGateTests(PostgresServerFixture server) : IAsyncLifetime
{
    private Database _database = null!;

    public async Task InitializeAsync() =>
        _database = Database.ForPostgres(await server.CreateDatabaseAsync(CancellationToken.None), []);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TryEnterAsync_HeldOnTheOtherInstance_NullAtOnceThenInOnceReleased()
    {
        var a = new PostgresConversationGate(_database, new ConversationGate());
        var bLocal = new ConversationGate();
        var b = new PostgresConversationGate(_database, bLocal);
        var held = await a.EnterAsync("slack/C1", CancellationToken.None);

        var busy = await b.TryEnterAsync("slack/C1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await using var other = await b.TryEnterAsync("slack/C2", CancellationToken.None);

        Assert.Null(busy);
        Assert.NotNull(other);
        Assert.Equal(1, bLocal.ActiveConversations); // the busy attempt let its in-process entry go
        await held.DisposeAsync();
        await using var entered = await b.TryEnterAsync("slack/C1", CancellationToken.None);
        Assert.NotNull(entered);
        Assert.Null(await a.TryEnterAsync("slack/C1", CancellationToken.None)); // and now holds it against the first
    }

    [Fact]
    public async Task TryEnterAsync_Entered_TheOtherInstancesWaitingEnterWaitsForIt()
    {
        var a = new PostgresConversationGate(_database, new ConversationGate());
        var b = new PostgresConversationGate(_database, new ConversationGate());
        var entered = await a.TryEnterAsync("slack/C1", CancellationToken.None);
        Assert.NotNull(entered);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b.EnterAsync("slack/C1", timeout.Token));

        await entered.DisposeAsync();
        await (await b.EnterAsync("slack/C1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }
}
