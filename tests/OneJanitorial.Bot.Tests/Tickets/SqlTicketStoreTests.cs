using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>The ticket store contract; each engine runs it through a derived class.</summary>
public abstract class SqlTicketStoreTests : IAsyncLifetime
{
    private TicketTestDatabase _db = null!;
    private static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<TicketTestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task InsertAsync_SameIntakeKeyTwice_OneRowSameNumberEventsOnce()
    {
        var created = new TicketEvent(0, 0, DateTimeOffset.UnixEpoch, "una", TicketChange.Created, "title", null, "t", null);
        var ticket = Tickets.Sample() with { IntakeKey = "ticket.intake/abc:7" };

        var (first, firstOutcome) = await _db.Store.InsertAsync(ticket, [created], Ct);
        var (second, secondOutcome) = await _db.Store.InsertAsync(ticket with { Title = "a second click" }, [created], Ct);

        Assert.Equal((TicketInsertOutcome.Inserted, TicketInsertOutcome.Existing), (firstOutcome, secondOutcome));
        Assert.Equal(first.Number, second.Number);
        Assert.Equal(first.Title, second.Title);
        Assert.Single(await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct));
        Assert.Single(await _db.Store.EventsAsync(first.Number, Ct));
        Assert.Equal(first.Number, (await _db.Store.FindByIntakeKeyAsync("ticket.intake/abc:7", Ct))!.Number);
    }

    [Fact]
    public async Task InsertAsync_InScopeNotCommitted_RolledBackCommittedKept()
    {
        await using (var scope = _db.Database.BeginScope())
        {
            var inside = (await _db.Store.InsertAsync(Tickets.Sample(), [], Ct)).Ticket;
            Assert.NotNull(await _db.Store.GetAsync(inside.Number, Ct)); // the scope reads its own writes
        }
        Assert.Empty(await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct));

        await using (var scope = _db.Database.BeginScope())
        {
            await _db.Store.InsertAsync(Tickets.Sample(), [], Ct);
            await scope.CommitAsync(Ct);
        }
        Assert.Single(await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct));
    }

    [Fact]
    public async Task InsertAsync_TwoTickets_SequentialNumbersAndRoundTrip()
    {
        var note = new MasterNote { Issue = "Trash not emptied", ChecklistVerified = true, IssueBucket = IssueBucket.Bucket2, FollowUpCallAt = new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.FromHours(-5)) };
        var closure = new TicketClosure { Review = ReviewStatus.NotEligible, NotEligibleReason = "tension", Recurring = new() { FirstOccurrence = Intakes.Date("2026-10-01") } };

        var first = (await _db.Store.InsertAsync(Tickets.Sample() with { Note = note, Closure = closure, Bucket = IssueBucket.Bucket3A }, [], Ct)).Ticket;
        var second = (await _db.Store.InsertAsync(Tickets.Sample("Li Wei"), [], Ct)).Ticket;
        var loaded = await _db.Store.GetAsync(first.Number, Ct);

        Assert.Equal(first.Number + 1, second.Number);
        Assert.Equal(first, loaded);
        Assert.Equal(1250.5m, loaded!.BillingPrice);
        Assert.Equal(note, loaded.Note);
        Assert.Equal(closure, loaded.Closure);
    }

    [Fact]
    public async Task InsertAsync_RecapFields_RoundTrip()
    {
        var ticket = Tickets.Sample() with
        {
            TimeZone = "America/Toronto",
            ReceivedAt = new DateTimeOffset(2026, 11, 2, 14, 5, 0, TimeSpan.Zero),
            CleanerEmail = "jane@cleaning.example",
            Note = new MasterNote { Issue = "Trash", ChecklistItems = "Empty trash\nMop floors" },
        };

        var stored = (await _db.Store.InsertAsync(ticket, [], Ct)).Ticket;

        Assert.Equal(stored, await _db.Store.GetAsync(stored.Number, Ct));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InsertAsync_ServiceFacts_RoundTrip(bool attachments)
    {
        var ticket = Tickets.Sample() with { ServiceDate = Intakes.Date("2026-10-30"), AttachmentsReceived = attachments };

        var stored = (await _db.Store.InsertAsync(ticket, [], Ct)).Ticket;

        var loaded = await _db.Store.GetAsync(stored.Number, Ct);
        Assert.Equal((Intakes.Date("2026-10-30"), attachments), (loaded!.ServiceDate, loaded.AttachmentsReceived));
        Assert.Equal(stored, loaded);
    }

    [Fact]
    public async Task AppendEventsAsync_TicketUnchanged_EventAddedAfterEarlierOnes()
    {
        var stored = (await _db.Store.InsertAsync(Tickets.Sample(), [new(0, 0, DateTimeOffset.UnixEpoch, "una", TicketChange.Created, "title", null, "t", null)], Ct)).Ticket;
        var at = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);

        await _db.Store.AppendEventsAsync(stored.Number, [new(0, 0, at, "Casey", TicketChange.RecapSent, "recap", null, "jane@cleaning.example", null)], Ct);

        var events = await _db.Store.EventsAsync(stored.Number, Ct);
        Assert.Equal([TicketChange.Created, TicketChange.RecapSent], events.Select(e => e.Change));
        Assert.Equal((at, "Casey", "jane@cleaning.example"), (events[1].At, events[1].Actor, events[1].NewValue));
        Assert.Equal(stored, await _db.Store.GetAsync(stored.Number, Ct));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_Throws()
    {
        var stored = (await _db.Store.InsertAsync(Tickets.Sample(), [], Ct)).Ticket;
        await _db.Store.UpdateAsync(stored with { Priority = TicketPriority.High }, [], Ct);

        await Assert.ThrowsAsync<TicketConcurrencyException>(() => _db.Store.UpdateAsync(stored with { Priority = TicketPriority.Low }, [], Ct));
        Assert.Equal(TicketPriority.High, (await _db.Store.GetAsync(stored.Number, Ct))!.Priority);
    }

    [Fact]
    public async Task UpdateAsync_WithEvents_AppendsInOrder()
    {
        var stored = (await _db.Store.InsertAsync(Tickets.Sample(), [new(0, 0, DateTimeOffset.UnixEpoch, "una", TicketChange.Created, "title", null, "t", null)], Ct)).Ticket;
        var at = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.FromHours(-5));

        await _db.Store.UpdateAsync(stored with { Stage = TicketStage.OpenTicket }, [new(0, 0, at, "una", TicketChange.Stage, "stage", "NewSubmission", "OpenTicket", null)], Ct);
        var events = await _db.Store.EventsAsync(stored.Number, Ct);

        Assert.Equal([TicketChange.Created, TicketChange.Stage], events.Select(e => e.Change));
        Assert.Equal(at, events[1].At);
        Assert.Equal(("NewSubmission", "OpenTicket"), (events[1].OldValue, events[1].NewValue));
        Assert.All(events, e => Assert.Equal(stored.Number, e.TicketNumber));
    }

    [Theory]
    [InlineData("Jane Doe", "2026-08-23", "2026-11-23", 5, 3)]
    [InlineData("  jane   DOE ", "2026-08-23", "2026-11-23", 5, 3)]
    [InlineData("Jane Doe", "2026-11-01", "2026-11-22", 5, 0)]
    [InlineData("Nobody", "2026-08-23", "2026-11-23", 0, 0)]
    public async Task CleanerHistoryAsync_Window_CountsServiceIssuesAcrossBuildings(string cleaner, string from, string to, int onRecord, int inWindow)
    {
        await _db.Store.InsertAsync(Tickets.Sample(create: "2026-08-22"), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample(create: "2026-08-23") with { Building = "Other building", Stage = TicketStage.ClosedClientTicket }, [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample(type: TicketType.R1, create: "2026-10-02"), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample(type: TicketType.ClientUpdate, create: "2026-11-10"), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample(type: TicketType.InspectionCorrection, create: "2026-11-23"), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample("Li Wei", create: "2026-11-20"), [], Ct);

        var history = await _db.Store.CleanerHistoryAsync(cleaner, Intakes.Date(from), Intakes.Date(to), Ct);

        Assert.Equal(onRecord, history.TicketsOnRecord);
        Assert.Equal(inWindow, history.ServiceIssuesInWindow);
    }

    [Fact]
    public async Task ListAsync_OwnerCsrAndClosed_Filters()
    {
        await _db.Store.InsertAsync(Tickets.Sample(), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample() with { Owner = "Peter", Csr = "ben" }, [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample() with { Stage = TicketStage.ClosedClientTicket }, [], Ct);

        Assert.Single(await _db.Store.ListAsync(new TicketQuery(Owner: "Taylor"), Ct));
        Assert.Equal(2, (await _db.Store.ListAsync(new TicketQuery(Owner: "Taylor", IncludeClosed: true), Ct)).Count);
        Assert.Equal("ben", Assert.Single(await _db.Store.ListAsync(new TicketQuery(Csr: "ben"), Ct)).Csr);
        Assert.Equal(2, (await _db.Store.ListAsync(new TicketQuery(), Ct)).Count);
    }

    [Fact]
    public async Task ImportAsync_CrmIdAlreadyStored_SkippedAndRestStored()
    {
        await _db.Store.ImportAsync([Tickets.Sample(crmId: "H-1")], "import", Ct);

        var outcome = await _db.Store.ImportAsync([Tickets.Sample(crmId: "H-1"), Tickets.Sample(crmId: "H-2")], "import", Ct);

        Assert.Equal(1, outcome.Imported);
        Assert.Equal(["H-1"], outcome.SkippedCrmIds);
        Assert.Equal(2, (await _db.Store.ListAsync(new TicketQuery(), Ct)).Count);
        var events = await _db.Store.EventsAsync(2, Ct);
        Assert.Equal(TicketChange.Imported, Assert.Single(events).Change);
    }

    [Fact]
    public async Task ImportAsync_RowsWithAndWithoutOptionalValues_AllRoundTripWithOneEventEach()
    {
        var closedAt = new DateTimeOffset(2026, 11, 9, 18, 0, 0, TimeSpan.Zero);
        Ticket[] rows =
        [
            Tickets.Sample(crmId: "H-1") with { Source = null, Csr = null },
            Tickets.Sample("Li Wei", crmId: "H-2") with { Stage = TicketStage.ClosedClientTicket, ClosedAt = closedAt, Bucket = IssueBucket.Bucket2 },
            Tickets.Sample(crmId: "H-3") with { Source = TicketSource.Phone, Csr = "ben" },
        ];

        var outcome = await _db.Store.ImportAsync(rows, "import", Ct);

        Assert.Equal(3, outcome.Imported);
        var stored = (await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct)).OrderBy(t => t.Number).ToList();
        Assert.Equal(rows.Select(r => r with { Number = 0, Version = 1 }), stored.Select(t => t with { Number = 0 }));
        foreach (var ticket in stored)
        {
            var imported = Assert.Single(await _db.Store.EventsAsync(ticket.Number, Ct));
            Assert.Equal((TicketChange.Imported, ticket.CrmId, "import"), (imported.Change, imported.NewValue, imported.Actor));
        }
    }

    [Fact]
    public async Task ImportAsync_CsvWithNulAndTabsAndLineBreaks_NulRowReportedOthersStoredAsWritten()
    {
        // PostgreSQL refuses NUL in text: the row must be reported by the reader, not fail the import's transaction.
        const string csv = "ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\n"
            + "H-1,2026-11-02,R1,Open Ticket,High,Acme,\"Trash\r\n\tnot emptied\",Jane Doe\n"
            + "H-2,2026-11-02,R1,Open Ticket,High,Ac\0me,x,Jane Doe\n"
            + "H-3,2026-11-02,R1,Open Ticket,High,Acme,y,Jane Doe\n";
        var (tickets, rejects) = TicketCsvImporter.Parse(new StringReader(csv), Intakes.Settings(), DateTimeOffset.UnixEpoch);

        var outcome = await _db.Store.ImportAsync(tickets, "import", Ct);

        var reject = Assert.Single(rejects);
        Assert.Equal(4, reject.Line); // H-1's concern spans two lines of the file
        Assert.StartsWith("company contains a control character (U+0000)", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Imported);
        var stored = await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct);
        Assert.Equal(["H-1", "H-3"], stored.Select(t => t.CrmId).Order());
        Assert.Contains(stored, t => t.Concern.Contains("\tnot emptied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_RowFailsInTheDatabase_NothingImported()
    {
        Ticket[] rows = [Tickets.Sample(crmId: "H-1"), Tickets.Sample(crmId: "H-2") with { Title = null! }];

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _db.Store.ImportAsync(rows, "import", Ct));

        Assert.Empty(await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct));
        Assert.Empty(await _db.Store.EventsAsync(1, Ct));
    }

    [Theory]
    [InlineData("UPDATE ticket_events SET actor = 'someone else'")]
    [InlineData("DELETE FROM ticket_events")]
    public async Task EventHistory_UpdateOrDelete_RefusedByDatabase(string sql)
    {
        var stored = (await _db.Store.InsertAsync(Tickets.Sample(), [new(0, 0, DateTimeOffset.UnixEpoch, "una", TicketChange.Created, "title", null, "t", null)], Ct)).Ticket;
        await using var connection = await _db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand(sql);

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct));

        Assert.Contains("append-only", error.Message);
        Assert.Equal("una", Assert.Single(await _db.Store.EventsAsync(stored.Number, Ct)).Actor);
    }

    [Fact]
    public async Task MigrateAsync_SecondProcessOnSameDatabase_AppliesNothingAndSeesTickets()
    {
        await _db.Store.InsertAsync(Tickets.Sample(), [], Ct);
        var again = _db.Reopen();

        Assert.Empty(await again.MigrateAsync(Ct));
        Assert.Single(await new SqlTicketStore(again).ListAsync(new TicketQuery(), Ct));
    }

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesTicketMigrationsInOrder()
    {
        var applied = await _db.Database.MigrateAsync(Ct);

        Assert.Equal(TicketMigrations.All.Select(m => m.Id), applied);
        Assert.All(applied, id => Assert.StartsWith("tickets/", id));
    }
}
