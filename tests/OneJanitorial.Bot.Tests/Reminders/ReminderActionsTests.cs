using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>Done and Snooze on a stored ticket: what the history records, where a snooze leads, and that a second press records nothing.</summary>
public abstract class ReminderActionsTests : IAsyncLifetime
{
    // Ticket 42's client-response reminder (Edmonton) was due Wed 2026-11-18 17:45Z.
    private static readonly DateTimeOffset Due = Utc("2026-11-18T17:45:00Z");
    private readonly FakeTimeProvider _clock = new(Utc("2026-11-18T17:50:30.250Z"));
    private TicketTestDatabase _db = null!;
    private long _ticket;

    protected abstract Task<TicketTestDatabase> OpenAsync();

    public async Task InitializeAsync()
    {
        _db = await OpenAsync();
        _ticket = (await _db.Store.InsertAsync(Open() with { Number = 0 }, [], CancellationToken.None)).Ticket.Number;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ReminderActions Actions(Database? database = null, params DateOnly[] holidays) =>
        new(new SqlTicketStore(database ?? _db.Database), Settings(holidays), _clock);

    private async Task<IReadOnlyList<TicketEvent>> ActionsRecordedAsync() =>
        [.. (await _db.Store.EventsAsync(_ticket, CancellationToken.None)).Where(e => e.Change is TicketChange.ReminderDone or TicketChange.ReminderSnoozed or TicketChange.ClientResponse)];

    [Fact]
    public async Task SnoozeAsync_OneHour_DueAgainAnHourFromThePressInWholeSeconds()
    {
        var result = await Actions().SnoozeAsync(_ticket, ReminderKind.ClientResponse, Due, SnoozeChoice.OneHour, "Casey", CancellationToken.None);

        Assert.Equal(ReminderActionOutcome.Recorded, result.Outcome);
        Assert.Equal(Utc("2026-11-18T18:50:30Z"), result.SnoozedTo!.DueUtc);
        var ticket = (await _db.Store.GetAsync(_ticket, CancellationToken.None))!;
        var derived = ReminderRules.Derive(ticket, await _db.Store.EventsAsync(_ticket, CancellationToken.None), Settings(), _clock.GetUtcNow());
        Assert.Equal(Utc("2026-11-18T18:50:30Z"), Assert.Single(derived, r => r.Kind == ReminderKind.ClientResponse).DueUtc);
    }

    [Fact]
    public async Task SnoozeAsync_NextMorningOnFridayBeforeAHolidayMonday_TuesdayEightInTheTicketsZone()
    {
        _clock.SetUtcNow(Utc("2026-11-20T23:00:00Z")); // Fri 16:00 in Edmonton

        var result = await Actions(holidays: new DateOnly(2026, 11, 23)).SnoozeAsync(
            _ticket, ReminderKind.ClientResponse, Due, SnoozeChoice.NextMorning, "Casey", CancellationToken.None);

        Assert.Equal(Utc("2026-11-24T15:00:00Z"), result.SnoozedTo!.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 24, 8, 0, 0), result.SnoozedTo.DueLocal);
    }

    [Fact]
    public async Task SnoozeAsync_SameCardTwice_SecondRecordsNothingAndSaysWhereItWent()
    {
        await Actions().SnoozeAsync(_ticket, ReminderKind.ClientResponse, Due, SnoozeChoice.OneHour, "Casey", CancellationToken.None);

        var second = await Actions().SnoozeAsync(_ticket, ReminderKind.ClientResponse, Due, SnoozeChoice.NextMorning, "Una", CancellationToken.None);

        Assert.Equal((ReminderActionOutcome.AlreadySnoozed, Utc("2026-11-18T18:50:30Z")), (second.Outcome, second.SnoozedTo!.DueUtc));
        Assert.Single(await ActionsRecordedAsync());
    }

    [Fact]
    public async Task DoneAsync_OnTheCardBeforeASnooze_DoneWhereTheSnoozeLedAndCancelled()
    {
        await Actions().SnoozeAsync(_ticket, ReminderKind.EstClose, Due, SnoozeChoice.OneHour, "Casey", CancellationToken.None);

        var done = await Actions().DoneAsync(_ticket, ReminderKind.EstClose, Due, null, "Una", CancellationToken.None);

        Assert.Equal(ReminderActionOutcome.Recorded, done.Outcome);
        var recorded = Assert.Single(await ActionsRecordedAsync(), e => e.Change == TicketChange.ReminderDone);
        Assert.Equal(("Una", "est-close", "2026-11-18T18:50:30Z"), (recorded.Actor, recorded.Field, recorded.OldValue));
        Assert.Equal((Utc("2026-11-18T18:50:30Z"), true), new ReminderHistory(await _db.Store.EventsAsync(_ticket, CancellationToken.None)).Follow(ReminderKind.EstClose, Due));
    }

    [Fact]
    public async Task DoneAsync_ClientResponse_RecordsTheResponseTimeTheKpiReads()
    {
        await Actions().DoneAsync(_ticket, ReminderKind.ClientResponse, Due, null, "Casey", CancellationToken.None);

        var history = new ReminderHistory(await _db.Store.EventsAsync(_ticket, CancellationToken.None));
        Assert.Equal(_clock.GetUtcNow(), history.ClientRespondedAt);
    }

    [Fact]
    public async Task DoneAsync_SolvedFirstAttemptWithoutAnswer_NeedsAnswerAndRecordsNothing()
    {
        var result = await Actions().DoneAsync(_ticket, ReminderKind.SolvedFirstAttempt, Due, null, "Casey", CancellationToken.None);

        Assert.Equal(ReminderActionOutcome.NeedsAnswer, result.Outcome);
        Assert.Empty(await ActionsRecordedAsync());
    }

    [Fact]
    public async Task DoneAsync_UnknownTicket_TicketNotFound()
    {
        var result = await Actions().DoneAsync(999, ReminderKind.ClientResponse, Due, null, "Casey", CancellationToken.None);

        Assert.Equal(ReminderActionOutcome.TicketNotFound, result.Outcome);
    }

    [Fact]
    public async Task DoneAsync_PressedOnTwoInstancesAtOnce_RecordedOnce()
    {
        var second = _db.Reopen();
        var presses = Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            Actions(i % 2 == 0 ? _db.Database : second).DoneAsync(_ticket, ReminderKind.ClientResponse, Due, null, $"csr{i}", CancellationToken.None)));

        var results = await Task.WhenAll(presses);

        Assert.Single(results, r => r.Outcome == ReminderActionOutcome.Recorded);
        Assert.All(results.Where(r => r.Outcome != ReminderActionOutcome.Recorded), r => Assert.Equal(ReminderActionOutcome.AlreadyDone, r.Outcome));
        Assert.Equal([TicketChange.ReminderDone, TicketChange.ClientResponse], (await ActionsRecordedAsync()).Select(e => e.Change));
    }
}

public sealed class SqliteReminderActionsTests : ReminderActionsTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => Task.FromResult(TicketTestDatabase.Sqlite([.. ReminderMigrations.All]));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderActionsTests(PostgresServerFixture server) : ReminderActionsTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => TicketTestDatabase.PostgresAsync(server, [.. ReminderMigrations.All]);
}
