using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Conversation.Deliveries;

/// <summary>
/// Records written behind the turn (SQLite, one instance): a completed turn's record is never written, one of a turn that
/// did not complete is, and a later process (after a crash) skips what it records; a run again here reads it before.
/// A failed write keeps the record waiting and never ends the writer.
/// </summary>
public sealed class TurnDeliveryWriterTests : IAsyncLifetime
{
    private readonly TestDatabase _data = TestDatabase.Sqlite();
    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly FaultyStateStore _faults = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly List<string> _sent = [];
    private readonly List<TurnDeliveryWriter> _writers = [];
    private LoggerFactory _loggers = null!;
    private SqlStateStore _store = null!;
    private Database _database = null!;

    public Task InitializeAsync()
    {
        _database = _data.Open(StateStoreMigrations.All);
        _store = new SqlStateStore(_database);
        _loggers = new LoggerFactory([_logs]);
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
        _loggers.Dispose();
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

    [Fact]
    public async Task ExecuteAsync_WriteFailsNotAsAnOutage_LoggedKeepsRunningAndWritesTheRecordLater()
    {
        var (writer, deliveries) = await StartAsync();
        _faults.FailNextWrite(TurnDeliveries.KeyPrefix); // a bug, not a storage outage
        await SendAsync(deliveries.For("test", "turn-5"), "a");
        await PassGraceAsync();

        await Polling.UntilAsync(() => writer.ExecuteTask!.IsCompleted || _logs.Lines.Any(l => l.EventId == 1033), "The failed write was neither logged nor did it end the writer.");
        Assert.False(writer.ExecuteTask!.IsCompleted); // ended, it would stop the host: the whole bot
        await SendAsync(deliveries.For("test", "turn-6"), "b");
        await PassGraceAsync();

        await UntilStoredAsync(2); // the failed record kept waiting and was written with the next one
    }

    [Fact]
    public async Task ExecuteAsync_StorageDownThenBackAndNoOtherRecord_TriedAgainOnItsOwnWithGrowingDelays()
    {
        var (_, deliveries) = await StartAsync();
        _faults.FailNextWrite(TurnDeliveries.KeyPrefix, outage: true);
        await SendAsync(deliveries.For("test", "turn-7"), "a");
        await PassGraceAsync();

        var first = await _clock.NextDelayAsync(); // the bot is quiet: no other record comes
        _faults.FailNextWrite(TurnDeliveries.KeyPrefix, outage: true); // still down at the first retry
        _clock.Advance(first);
        await PassGraceAsync();
        var second = await _clock.NextDelayAsync();
        _clock.Advance(second);
        await PassGraceAsync();

        await UntilStoredAsync(1);
        Assert.Equal([TurnDeliveryWriter.FirstRetryDelay, TurnDeliveryWriter.FirstRetryDelay * 2], [first, second]);
        Assert.Equal(2, _logs.Lines.Count(l => l.EventId == 1031));
    }

    [Fact]
    public void RetryDelay_ManyFailures_BoundedByMaxRetryDelay() =>
        Assert.Equal(TurnDeliveryWriter.MaxRetryDelay, TurnDeliveryWriter.RetryDelay(1000));

    [Fact]
    public async Task SweepAsync_RecordWrittenHereSwept_ItsKeyForgottenSoARunAgainReadsNothing()
    {
        var (counted, calls) = CallCounter<IStateStore>.Wrap(_store);
        var (_, deliveries) = await StartAsync(counted);
        await SendAsync(deliveries.For("test", "turn-8"), "a");
        await PassGraceAsync();
        await UntilStoredAsync(1);
        _clock.Advance(TurnDeliveries.Keep + TimeSpan.FromMinutes(1));
        await deliveries.SweepAsync(CancellationToken.None);
        await UntilStoredAsync(0);
        var reads = calls.Count(nameof(IStateStore.ReadAsync));

        await SendAsync(deliveries.For("test", "turn-8"), "a"); // run again after a day: sent again (TurnDeliveries.Keep)

        Assert.Equal(reads, calls.Count(nameof(IStateStore.ReadAsync))); // not known as stored any more: the set does not only grow
        Assert.Equal(["a", "a"], _sent);
    }

    [Fact]
    public async Task Swept_KeyWrittenAgainSinceTheSweptVersion_StillKnownAndReadByARunAgain()
    {
        var (writer, deliveries) = await StartAsync();
        await SendAsync(deliveries.For("test", "turn-9"), "a");
        await PassGraceAsync();
        await UntilStoredAsync(1);
        var swept = Assert.Single(await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None));
        var again = deliveries.For("test", "turn-9");
        await SendAsync(again, "a");
        await SendAsync(again, "b");
        await writer.StopAsync(CancellationToken.None); // writes the record again: a new ETag

        writer.Swept(swept.Key, swept.ETag); // a sweep had deleted the version before it

        var third = deliveries.For("test", "turn-9");
        await SendAsync(third, "a");
        await SendAsync(third, "b");
        Assert.Equal(["a", "b"], _sent); // read from the store: neither sent again
    }

    private async Task<(TurnDeliveryWriter Writer, TurnDeliveries Deliveries)> StartAsync(IStateStore? store = null)
    {
        // The fake clock moves only when a test lets the grace pass: otherwise only StopAsync writes what waits.
        store ??= _faults.Wrap(_store);
        var writer = new TurnDeliveryWriter(store, _database, _clock, _loggers.CreateLogger<TurnDeliveryWriter>());
        _writers.Add(writer);
        await writer.StartAsync(CancellationToken.None);
        return (writer, new TurnDeliveries(store, _clock, _loggers.CreateLogger<TurnDeliveries>(), writer));
    }

    /// <summary>Lets the writer's grace pass once it waits for it (a retry's timer created before is left alone).</summary>
    private async Task PassGraceAsync()
    {
        while (await _clock.NextDelayAsync() != TurnDeliveryWriter.Grace)
        {
        }
        _clock.Advance(TurnDeliveryWriter.Grace);
    }

    /// <summary>Waits (bounded) until the writer has <paramref name="count"/> records in the store.</summary>
    private async Task UntilStoredAsync(int count)
    {
        for (var i = 0; i < 1500 && (await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None)).Count < count; i++)
        {
            await Task.Delay(20);
        }
        Assert.Equal(count, (await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None)).Count);
    }

    private Task<string?> SendAsync(TurnDeliveryLog log, string content) =>
        log.SendOnceAsync(content, _ =>
        {
            _sent.Add(content);
            return Task.FromResult<string?>("id-" + content);
        }, CancellationToken.None);
}
