using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Conversation.Deliveries;

/// <summary>
/// Records written behind the turn (SQLite, one instance): a completed turn's record is never written, one of a turn that
/// did not complete is, and a later process (after a crash) skips what it records; a run again here reads it before.
/// </summary>
public sealed class TurnDeliveryWriterTests : IAsyncLifetime
{
    private readonly TestDatabase _data = TestDatabase.Sqlite();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
    private readonly List<string> _sent = [];
    private readonly List<TurnDeliveryWriter> _writers = [];
    private SqlStateStore _store = null!;
    private Database _database = null!;

    public Task InitializeAsync()
    {
        _database = _data.Open(StateStoreMigrations.All);
        _store = new SqlStateStore(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.StopAsync(CancellationToken.None);
            writer.Dispose();
        }
        await _data.DisposeAsync();
    }

    [Fact]
    public async Task Completed_BeforeItsRecordIsWritten_NothingWritten()
    {
        var (writer, deliveries) = await StartAsync();
        await SendAsync(deliveries.For("test", "turn-1"), "a");
        deliveries.Completed("test", "turn-1");

        await writer.StopAsync(CancellationToken.None); // writes everything still waiting

        Assert.Empty(await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Record_TurnNotCompleted_WrittenAndALaterProcessSendsOnlyTheRest()
    {
        var (writer, deliveries) = await StartAsync();
        await SendAsync(deliveries.For("test", "turn-2"), "a");
        await writer.StopAsync(CancellationToken.None); // the process stops before the turn completes

        var (_, later) = await StartAsync();
        var again = later.For("test", "turn-2");
        Assert.Equal("id-a", await SendAsync(again, "a")); // the earlier run's id, not sent again
        await SendAsync(again, "b");

        Assert.Equal(["a", "b"], _sent);
        Assert.Single(await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_RecordStillWaiting_RunAgainInThisProcessSkipsIt()
    {
        var (_, deliveries) = await StartAsync();
        await SendAsync(deliveries.For("test", "turn-3"), "a");

        await SendAsync(deliveries.For("test", "turn-3"), "a");
        await SendAsync(deliveries.For("test", "turn-4"), "a");

        Assert.Equal(["a", "a"], _sent); // turn-3 once, turn-4 (another turn) once
    }

    private async Task<(TurnDeliveryWriter Writer, TurnDeliveries Deliveries)> StartAsync()
    {
        // On the fake clock the grace never ends: only StopAsync writes what waits, so nothing races the assertions.
        var writer = new TurnDeliveryWriter(_store, _database, _clock, NullLogger<TurnDeliveryWriter>.Instance);
        _writers.Add(writer);
        await writer.StartAsync(CancellationToken.None);
        return (writer, new TurnDeliveries(_store, _clock, NullLogger<TurnDeliveries>.Instance, writer));
    }

    private Task<string?> SendAsync(TurnDeliveryLog log, string content) =>
        log.SendOnceAsync(content, _ =>
        {
            _sent.Add(content);
            return Task.FromResult<string?>("id-" + content);
        }, CancellationToken.None);
}
