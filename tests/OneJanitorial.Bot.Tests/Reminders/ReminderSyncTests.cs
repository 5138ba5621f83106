using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>The incremental outbox sync on a real database: what a pass reads, and that no reminder is lost by not reading the rest.</summary>
public abstract class ReminderSyncTests : IAsyncLifetime
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly FakeTimeProvider _clock = new(Utc("2026-11-18T17:46:00Z"));
    private TicketTestDatabase _db = null!;
    private CallCounter<ITicketStore> _calls = null!;
    private ReminderOutbox _outbox = null!;

    protected abstract Task<TicketTestDatabase> OpenAsync();

    public async Task InitializeAsync()
    {
        _db = await OpenAsync();
        _outbox = new ReminderOutbox(_db.Database);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>A new sync, as a freshly started process has, reading through a call counter.</summary>
    private ReminderSync StartProcess()
    {
        var (store, calls) = CallCounter<ITicketStore>.Wrap(_db.Store);
        _calls = calls;
        return new ReminderSync(store, _outbox, Settings(), _clock, Options.Create(new RemindersOptions()), NullLogger.Instance);
    }

    private async Task<long> InsertAsync(Ticket ticket) => (await _db.Store.InsertAsync(ticket with { Number = 0 }, [], Ct)).Ticket.Number;

    private async Task<List<OutboxEntry>> PendingAsync(long ticket, ReminderKind kind) =>
        [.. (await _outbox.ListAsync([DeliveryState.Pending], 1000, Ct)).Where(e => e.Reminder.TicketNumber == ticket && e.Reminder.Kind == kind)];

    [Fact]
    public async Task SyncAsync_TicketChangedAfterFirstPass_OnlyItDerivedAgain()
    {
        var changed = await InsertAsync(Open());
        await InsertAsync(Open());
        var sync = StartProcess();
        Assert.Equal(2, await sync.SyncAsync(Ct));
        var ticket = (await _db.Store.GetAsync(changed, Ct))!;

        await _db.Store.UpdateAsync(ticket with { Note = ticket.Note with { FollowUpCallAt = Utc("2026-11-18T19:00:00Z") } }, [], Ct);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(1, await sync.SyncAsync(Ct));
        Assert.Equal(Utc("2026-11-18T19:00:00Z"), Assert.Single(await PendingAsync(changed, ReminderKind.FollowUpCall)).Reminder.DueUtc);
    }

    [Fact]
    public async Task SyncAsync_NothingChanged_NoTicketReadAgain()
    {
        await InsertAsync(Open());
        await InsertAsync(Open());
        var sync = StartProcess();
        await sync.SyncAsync(Ct);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var read = await sync.SyncAsync(Ct);

        Assert.Equal(0, read);
        Assert.Equal(2, _calls.Count(nameof(ITicketStore.ChangedAsync))); // one statement pair per pass, whatever the tickets
        Assert.Equal(0, _calls.Count(nameof(ITicketStore.EventsAsync)) + _calls.Count(nameof(ITicketStore.ListAsync)));
    }

    [Fact]
    public async Task SyncAsync_TicketClosedLongAgo_NotRead()
    {
        var review = new TicketClosure { Review = ReviewStatus.ReviewRequested };
        var old = await InsertAsync(Open() with { Stage = TicketStage.ClosedClientTicket, ClosedAt = _clock.GetUtcNow().AddDays(-8), Closure = review });
        var recent = await InsertAsync(Open() with { Stage = TicketStage.ClosedClientTicket, ClosedAt = _clock.GetUtcNow().AddDays(-1), Closure = review });
        await _db.Store.AppendEventsAsync(old, [Event(_clock.GetUtcNow().AddDays(-9), TicketChange.Field, "closure.review", null, "ReviewRequested")], Ct);
        await _db.Store.AppendEventsAsync(recent, [Event(_clock.GetUtcNow().AddDays(-1), TicketChange.Field, "closure.review", null, "ReviewRequested")], Ct);

        Assert.Equal(1, await StartProcess().SyncAsync(Ct));

        Assert.Empty(await PendingAsync(old, ReminderKind.ReviewFollowUp));
        Assert.Single(await PendingAsync(recent, ReminderKind.ReviewFollowUp));
    }

    [Fact]
    public async Task SyncAsync_ProcessRestarted_EveryTicketDerivedAgain()
    {
        await InsertAsync(Open());
        await InsertAsync(Open());
        var before = StartProcess();
        await before.SyncAsync(Ct);
        Assert.Equal(0, await before.SyncAsync(Ct));

        Assert.Equal(2, await StartProcess().SyncAsync(Ct));
    }

    [Fact]
    public async Task SyncAsync_OverdueAlertComesDueUnchanged_NextAlertDerivedOnceThen()
    {
        var number = await InsertAsync(Open()); // est. close Wed 11-25: overdue alerts 09:00 MST (16:00Z) from Thu 11-26
        _clock.SetUtcNow(Utc("2026-11-26T15:00:00Z"));
        var sync = StartProcess();
        await sync.SyncAsync(Ct);
        _clock.SetUtcNow(Utc("2026-11-26T15:59:30Z"));
        Assert.Equal(0, await sync.SyncAsync(Ct));

        _clock.SetUtcNow(Utc("2026-11-26T16:00:00Z"));
        Assert.Equal(1, await sync.SyncAsync(Ct));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await sync.SyncAsync(Ct));

        Assert.Equal([Utc("2026-11-26T16:00:00Z"), Utc("2026-11-27T16:00:00Z")],
            (await PendingAsync(number, ReminderKind.Overdue)).Select(e => e.Reminder.DueUtc));
    }

    [Fact]
    public async Task SyncAsync_TimeDueReadFails_DerivedOnTheNextPass()
    {
        var number = await InsertAsync(Open()); // est. close Wed 11-25: overdue alerts 09:00 MST (16:00Z) from Thu 11-26
        _clock.SetUtcNow(Utc("2026-11-26T15:00:00Z"));
        var store = new Mock<ITicketStore>();
        var failNext = false;
        store.Setup(s => s.ChangedAsync(It.IsAny<TicketChangeQuery>(), It.IsAny<CancellationToken>()))
            .Returns((TicketChangeQuery query, CancellationToken ct) =>
                query.Numbers.Count > 0 && failNext ? throw new IOException("connection lost") : _db.Store.ChangedAsync(query, ct));
        var sync = new ReminderSync(store.Object, _outbox, Settings(), _clock, Options.Create(new RemindersOptions()), NullLogger.Instance);
        await sync.SyncAsync(Ct);
        _clock.SetUtcNow(Utc("2026-11-26T16:00:00Z"));
        failNext = true;
        await Assert.ThrowsAsync<IOException>(() => sync.SyncAsync(Ct));
        failNext = false;

        Assert.Equal(1, await sync.SyncAsync(Ct));
        Assert.Equal([Utc("2026-11-26T16:00:00Z"), Utc("2026-11-27T16:00:00Z")],
            (await PendingAsync(number, ReminderKind.Overdue)).Select(e => e.Reminder.DueUtc));
    }

    [Fact]
    public async Task SyncAsync_DatabaseRefusesATicketOfTheSecondBatch_FirstBatchKeptSecondNotAtAllRestartWritesTheRestOnce()
    {
        var count = ReminderOutbox.MaxTicketsPerSync + 2;
        await _db.Store.ImportAsync([.. Enumerable.Range(0, count).Select(i => Open() with { Number = 0, CrmId = $"CRM-{i}" })], "test", Ct);
        var lastTwo = (await _db.Store.ListAsync(new TicketQuery(Limit: count), Ct)).Select(t => t.Number).Order().TakeLast(2).ToList();
        await ExecuteAsync(RefuseRemindersSql(lastTwo[1])); // the pass stops in the second ticket of its second batch, as a killed process would

        await Assert.ThrowsAnyAsync<DbException>(() => StartProcess().SyncAsync(Ct));
        var kept = await AllAsync();
        await ExecuteAsync(_db.Database.Provider == DatabaseProvider.Postgres ? "DROP TRIGGER refuse_reminders ON reminder_deliveries" : "DROP TRIGGER refuse_reminders");
        Assert.Equal(count, await StartProcess().SyncAsync(Ct));
        var all = await AllAsync();
        Assert.Equal(count, await StartProcess().SyncAsync(Ct));

        Assert.Equal(ReminderOutbox.MaxTicketsPerSync, kept.Select(e => e.Reminder.TicketNumber).Distinct().Count());
        Assert.DoesNotContain(kept, e => lastTwo.Contains(e.Reminder.TicketNumber)); // the second batch: written whole or not at all
        Assert.Subset(all.ToHashSet(), kept.ToHashSet());
        Assert.Equal(count, all.Select(e => e.Reminder.TicketNumber).Distinct().Count());
        Assert.Single(all.GroupBy(e => e.Reminder.TicketNumber).Select(g => g.Count()).Distinct()); // the same reminders for each alike ticket
        Assert.Equal(all, await AllAsync()); // and a further full pass changes nothing
    }

    private async Task<IReadOnlyList<OutboxEntry>> AllAsync() =>
        await _outbox.ListAsync([.. Enum.GetValues<DeliveryState>()], 100_000, Ct);

    private string RefuseRemindersSql(long ticket) => _db.Database.Provider == DatabaseProvider.Postgres
        ? "CREATE FUNCTION refuse_reminders() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
            $"IF NEW.ticket_number = {ticket} THEN RAISE EXCEPTION 'disk gone'; END IF; RETURN NEW; END $$; " +
            "CREATE TRIGGER refuse_reminders BEFORE INSERT ON reminder_deliveries FOR EACH ROW EXECUTE FUNCTION refuse_reminders()"
        : $"CREATE TRIGGER refuse_reminders BEFORE INSERT ON reminder_deliveries WHEN NEW.ticket_number = {ticket} BEGIN SELECT RAISE(ABORT, 'disk gone'); END";

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(Ct);
    }
}

public sealed class SqliteReminderSyncTests : ReminderSyncTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => Task.FromResult(TicketTestDatabase.Sqlite([.. ReminderMigrations.All]));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderSyncTests(PostgresServerFixture server) : ReminderSyncTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => TicketTestDatabase.PostgresAsync(server, [.. ReminderMigrations.All]);
}
