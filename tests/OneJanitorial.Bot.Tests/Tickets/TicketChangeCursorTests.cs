using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary><see cref="ITicketStore.ChangedAsync"/>: what each write makes a reader from an earlier cursor see; each engine runs it through a derived class.</summary>
public abstract class TicketChangeCursorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private TicketTestDatabase _db = null!;
    private static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<TicketTestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ChangedAsync_FromLastChange_OnlyTicketsWrittenSinceWithTheirEvents()
    {
        var first = (await _db.Store.InsertAsync(Tickets.Sample(), [Event(TicketChange.Created)], Ct)).Ticket;
        var second = (await _db.Store.InsertAsync(Tickets.Sample(cleaner: "Ann Lee"), [Event(TicketChange.Created)], Ct)).Ticket;
        var all = await ReadAsync(TicketChangeQuery.Every);

        await _db.Store.UpdateAsync(second with { Concern = "Trash not taken out" }, [Event(TicketChange.Field)], Ct);
        var afterUpdate = await ReadAsync(all.LastChange);
        await _db.Store.AppendEventsAsync(first.Number, [Event(TicketChange.RecapSent)], Ct);
        var afterAppend = await ReadAsync(afterUpdate.LastChange);
        var nothing = await ReadAsync(afterAppend.LastChange);

        Assert.Equal([first.Number, second.Number], all.Tickets.Select(t => t.Number));
        Assert.Equal("Trash not taken out", Assert.Single(afterUpdate.Tickets).Concern);
        Assert.Equal([TicketChange.Created, TicketChange.Field], afterUpdate.Events[second.Number].Select(e => e.Change));
        Assert.Equal(first.Number, Assert.Single(afterAppend.Tickets).Number);
        Assert.Equal([TicketChange.Created, TicketChange.RecapSent], afterAppend.Events[first.Number].Select(e => e.Change));
        Assert.Empty(nothing.Tickets);
        Assert.Equal(afterAppend.LastChange, nothing.LastChange);
    }

    [Fact]
    public async Task ChangedAsync_ImportAndUpdateWithoutEvents_BothSeen()
    {
        var before = await ReadAsync(TicketChangeQuery.Every);
        await _db.Store.ImportAsync([Tickets.Sample(crmId: "CRM-1"), Tickets.Sample(crmId: "CRM-2")], "tickets import", Ct);
        var imported = await ReadAsync(before.LastChange);
        await _db.Store.UpdateAsync(imported.Tickets[0] with { Owner = "Sam" }, [], Ct);

        var updated = await ReadAsync(imported.LastChange);

        Assert.Equal(2, imported.Tickets.Count);
        Assert.Equal("Sam", Assert.Single(updated.Tickets).Owner);
    }

    [Fact]
    public async Task ChangedAsync_ClosedBeforeTheWindow_NotRead()
    {
        var old = (await _db.Store.InsertAsync(Closed(Now.AddDays(-8)), [], Ct)).Ticket;
        var recent = (await _db.Store.InsertAsync(Closed(Now.AddDays(-2)), [], Ct)).Ticket;
        var open = (await _db.Store.InsertAsync(Tickets.Sample(), [], Ct)).Ticket;

        var changed = await ReadAsync(TicketChangeQuery.Every);
        var asked = await _db.Store.ChangedAsync(new TicketChangeQuery(null, [old.Number, open.Number], Now.AddDays(-7)), Ct);

        Assert.Equal([recent.Number, open.Number], changed.Tickets.Select(t => t.Number));
        Assert.Equal(open.Number, Assert.Single(asked.Tickets).Number);
    }

    [Fact]
    public async Task ChangedAsync_Numbers_OnlyThoseEvenWhenUnchanged()
    {
        var first = (await _db.Store.InsertAsync(Tickets.Sample(), [Event(TicketChange.Created)], Ct)).Ticket;
        await _db.Store.InsertAsync(Tickets.Sample(cleaner: "Ann Lee"), [], Ct);
        var cursor = (await ReadAsync(TicketChangeQuery.Every)).LastChange;

        var asked = await _db.Store.ChangedAsync(new TicketChangeQuery(null, [first.Number], Now.AddDays(-7)), Ct);

        Assert.Equal(first.Number, Assert.Single(asked.Tickets).Number);
        Assert.Single(asked.Events[first.Number]);
        Assert.Empty((await ReadAsync(cursor)).Tickets);
    }

    protected TicketTestDatabase Db => _db;

    protected static Task<ChangedTickets> ReadAsync(ITicketStore store, long? after) =>
        store.ChangedAsync(new TicketChangeQuery(after, [], Now.AddDays(-7)), Ct);

    private Task<ChangedTickets> ReadAsync(long? after) => ReadAsync(_db.Store, after);

    protected static Ticket Closed(DateTimeOffset at) => Tickets.Sample() with { Stage = TicketStage.ClosedClientTicket, ClosedAt = at };

    private static TicketEvent Event(TicketChange change) => new(0, 0, Now, "una", change, "concern", null, "x", null);
}

public sealed class SqliteTicketChangeCursorTests : TicketChangeCursorTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => Task.FromResult(TicketTestDatabase.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketChangeCursorTests(PostgresServerFixture server) : TicketChangeCursorTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => TicketTestDatabase.PostgresAsync(server);

    /// <summary>
    /// Two processes: the first takes its change and commits late, the second writes meanwhile. With a plain sequence
    /// the second commits first with the later value and a reader past it never sees the first.
    /// </summary>
    [Fact]
    public async Task ChangedAsync_EarlierChangeCommitsLast_ReaderFromItsCursorSeesBoth()
    {
        var reader = new SqlTicketStore(Db.Reopen());
        var other = new SqlTicketStore(Db.Reopen());
        var cursor = (await ReadAsync(reader, TicketChangeQuery.Every)).LastChange;
        Task<TicketInsert> second;
        ChangedTickets during;
        await using (var scope = Db.Database.BeginScope())
        {
            await Db.Store.InsertAsync(Tickets.Sample(), [], CancellationToken.None);
            second = Task.Run(() => other.InsertAsync(Tickets.Sample(cleaner: "Ann Lee"), [], CancellationToken.None));
            await CommittedOrWaitingAsync(second);
            during = await ReadAsync(reader, cursor);
            await scope.CommitAsync(CancellationToken.None);
        }
        await second;

        var after = await ReadAsync(reader, during.LastChange);

        Assert.Empty(during.Tickets);
        Assert.Equal(["Jane Doe", "Ann Lee"], after.Tickets.Select(t => t.Cleaner));
    }

    /// <summary>
    /// Until the other write has ended (a plain sequence lets it commit first) or is seen waiting on a lock, not for a
    /// fixed pause: on a busy machine the read could otherwise come before the other write started, and pass untested.
    /// </summary>
    private async Task CommittedOrWaitingAsync(Task other)
    {
        await using var connection = await Db.Reopen().OpenConnectionAsync(CancellationToken.None);
        for (var i = 0; i < 400 && !other.IsCompleted; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
            await Task.Delay(25);
        }
    }
}
