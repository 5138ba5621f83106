using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>The ticket operations over the real store; each engine runs them through a derived class.</summary>
public abstract class TicketServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
    private TicketTestDatabase _db = null!;
    private TicketService _service = null!;
    private readonly CapturingLoggerProvider _logs = new();
    private static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<TicketTestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        var options = new TicketsOptions { DefaultOwner = "Main Ticket Board", Owners = { ["Toronto"] = "Taylor" } };
        _service = new TicketService(_db.Store, Options.Create(options), _time, new Logger<TicketService>(new LoggerFactory([_logs])));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(0, null, "New Concern", 1)]
    [InlineData(0, 1, "R1", 2)]
    [InlineData(2, 0, "Move to BCO", 3)]
    public async Task PlanAsync_StoreHistoryOrIntakeFallback_StrikeCount(int storedIssues, int? priorFromIntake, string expectedType, int expectedStrike)
    {
        for (var i = 0; i < storedIssues; i++)
        {
            await _db.Store.InsertAsync(Tickets.Sample(create: "2026-10-1" + i), [], Ct);
        }

        var plan = (await _service.PlanAsync(Intakes.Valid() with { PriorCleanerIssues = priorFromIntake }, Ct)).Plan!;

        Assert.Equal(expectedType, plan.Type.Name());
        Assert.Equal(expectedStrike, plan.StrikeNumber);
    }

    [Fact]
    public async Task PlanAsync_StoreHasOnlyOldOrNonStrikeTickets_StoreWinsOverIntake()
    {
        await _db.Store.InsertAsync(Tickets.Sample(create: "2026-08-01"), [], Ct);
        await _db.Store.InsertAsync(Tickets.Sample(type: TicketType.ClientUpdate, create: "2026-11-20"), [], Ct);

        var plan = (await _service.PlanAsync(Intakes.Valid() with { PriorCleanerIssues = 5 }, Ct)).Plan!;

        Assert.Equal(TicketType.NewConcern, plan.Type);
    }

    [Fact]
    public async Task PlanAsync_InvalidIntake_ErrorNamesTheField()
    {
        var result = await _service.PlanAsync(Intakes.Valid() with { TimeZone = "Mars/Base" }, Ct);

        Assert.Null(result.Plan);
        Assert.Equal("timeZone", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task CreateAsync_WithOverride_StoresTicketAndRecordsReason()
    {
        var intake = Intakes.Valid();
        var plan = (await _service.PlanAsync(intake, Ct)).Plan!;

        var result = await _service.CreateAsync(intake, plan, new MasterNote { Issue = "Trash", ChecklistVerified = true },
            [new PlanOverride(OverrideField.Priority, "High", "Client is a key account and very upset")], "una", Ct);

        Assert.True(result.Succeeded);
        var ticket = result.Ticket!;
        Assert.Equal(TicketPriority.High, ticket.Priority);
        Assert.Equal(1, ticket.Note.ServiceIssuesPast3Months);
        Assert.Equal("una", ticket.Csr);
        var events = await _db.Store.EventsAsync(ticket.Number, Ct);
        Assert.Equal([TicketChange.Created, TicketChange.Override], events.Select(e => e.Change));
        Assert.Equal(("Medium", "High", "Client is a key account and very upset"), (events[1].OldValue, events[1].NewValue, events[1].Reason));
    }

    [Theory]
    [InlineData(OverrideField.Priority, "High", "", "needs a reason")]
    [InlineData(OverrideField.EstCloseDate, "2026-12-01", "client away", "never longer than 7 days")]
    [InlineData(OverrideField.TicketType, "R7", "typo", "not a valid TicketType")]
    public async Task CreateAsync_BadOverride_RefusedAndNothingStored(OverrideField field, string value, string reason, string expected)
    {
        var intake = Intakes.Valid();
        var plan = (await _service.PlanAsync(intake, Ct)).Plan!;

        var result = await _service.CreateAsync(intake, plan, new MasterNote { Issue = "Trash", ChecklistVerified = true }, [new(field, value, reason)], "una", Ct);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, Assert.Single(result.Problems));
        Assert.Empty(await _service.ListAsync(new TicketQuery(IncludeClosed: true), Ct));
    }

    [Fact]
    public async Task CreateAsync_IntakeKeyStoredByAnotherProcessAtTheSameInstant_ReturnedAsRepeatedNotCreated()
    {
        var intake = Intakes.Valid();
        var plan = (await _service.PlanAsync(intake, Ct)).Plan!;
        var note = new MasterNote { Issue = "Trash", ChecklistVerified = true };
        var first = await _service.CreateAsync(intake, plan, note, [], "una", "ticket.intake/same-instant", Ct);
        // The other process committed after this one checked the key: the check saw nothing, the insert finds it. The
        // clock has not moved, so the stored ticket's CreatedAt is this turn's now.
        var racing = new Mock<ITicketStore>();
        racing.Setup(s => s.FindByIntakeKeyAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Ticket?)null);
        racing.Setup(s => s.InsertAsync(It.IsAny<Ticket>(), It.IsAny<IReadOnlyList<TicketEvent>>(), It.IsAny<CancellationToken>()))
            .Returns((Ticket t, IReadOnlyList<TicketEvent> e, CancellationToken c) => _db.Store.InsertAsync(t, e, c));
        var other = new TicketService(racing.Object, Options.Create(new TicketsOptions()), _time, new Logger<TicketService>(new LoggerFactory([_logs])));

        var second = await other.CreateAsync(intake, plan, note, [], "una", "ticket.intake/same-instant", Ct);

        Assert.Equal(first.Ticket!.Number, second.Ticket!.Number);
        Assert.Single(_logs.Lines, l => l.EventId == 5001); // created once
        Assert.Single(_logs.Lines, l => l.EventId == 5004); // the second answered with it
        Assert.Single(await _db.Store.ListAsync(new TicketQuery(IncludeClosed: true), Ct));
    }

    [Fact]
    public async Task CreateAsync_NoteWithoutIssue_Refused()
    {
        var intake = Intakes.Valid();
        var plan = (await _service.PlanAsync(intake, Ct)).Plan!;

        var result = await _service.CreateAsync(intake, plan, new MasterNote(), [], "una", Ct);

        Assert.Equal(["Master Note: Checklist Verified (Yes/No) is required.", "Master Note: Issue is required."], result.Problems);
    }

    [Fact]
    public async Task MoveStageAsync_AllowedThenNotAllowed_RecordsOnlyTheMove()
    {
        var ticket = await CreateR1Async();
        _time.Advance(TimeSpan.FromHours(1));

        var moved = await _service.MoveStageAsync(ticket.Number, TicketStage.OpenTicket, "una", Ct);
        var refused = await _service.MoveStageAsync(ticket.Number, TicketStage.ClientExtraService, "una", Ct);

        Assert.Equal(TicketStage.OpenTicket, moved.Ticket!.Stage);
        Assert.Contains("cannot move", Assert.Single(refused.Problems));
        var stageEvent = (await _db.Store.EventsAsync(ticket.Number, Ct)).Single(e => e.Change == TicketChange.Stage);
        Assert.Equal(("NewSubmission", "OpenTicket", "una"), (stageEvent.OldValue, stageEvent.NewValue, stageEvent.Actor));
        Assert.Equal(_time.GetUtcNow(), stageEvent.At);
    }

    [Fact]
    public async Task CloseAsync_Incomplete_RefusedWithMissingThenClosedWhenComplete()
    {
        var ticket = await CreateR1Async();

        var refused = await _service.CloseAsync(ticket.Number, "una", Ct);
        Assert.Contains("Review status set: Review Requested / Not Eligible / Pending Confirmation", refused.Problems);
        Assert.Contains("Recurring issue: Date of first occurrence", refused.Problems);
        Assert.Contains("Master Note: Why is required.", refused.Problems);

        await _service.UpdateNoteAsync(ticket.Number, Notes.Complete(), ticket.CleanerEmail, "una", Ct);
        await _service.UpdateClosureAsync(ticket.Number, Notes.CompleteClosure(), "una", Ct);
        var closed = await _service.CloseAsync(ticket.Number, "una", Ct);

        Assert.True(closed.Succeeded, string.Join("; ", closed.Problems));
        Assert.Equal(TicketStage.ClosedClientTicket, closed.Ticket!.Stage);
        Assert.Equal(_time.GetUtcNow(), closed.Ticket.ClosedAt);
        var events = await _db.Store.EventsAsync(ticket.Number, Ct);
        Assert.Contains(events, e => e is { Change: TicketChange.Field, Field: "note.why", OldValue: null });
        Assert.Contains(events, e => e is { Change: TicketChange.Field, Field: "closure.review", NewValue: "ReviewRequested" });
        Assert.Contains(events, e => e is { Change: TicketChange.Closed, Field: "stage", NewValue: "ClosedClientTicket" });
        Assert.Equal([$"Ticket {ticket.Number} created (R1, New Submission)", $"Ticket {ticket.Number} closed"], _logs.Lines.Select(l => l.Text.Trim()));
    }

    [Fact]
    public async Task ListAsync_ByCsr_OnlyTheirOpenTickets()
    {
        await CreateR1Async();
        var intake = Intakes.Valid() with { Cleaner = "Li Wei" };
        await _service.CreateAsync(intake, (await _service.PlanAsync(intake, Ct)).Plan!, new MasterNote { Issue = "x", ChecklistVerified = true }, [], "ben", Ct);

        var mine = await _service.ListAsync(new TicketQuery(Csr: "ben"), Ct);

        Assert.Equal("Li Wei", Assert.Single(mine).Cleaner);
    }

    [Fact]
    public async Task CreateAsync_IntakeWithCleanerEmail_TicketKeepsZoneReceivedAtAndEmail()
    {
        var intake = Intakes.Valid() with { CleanerEmail = " jane@cleaning.example " };

        var result = await _service.CreateAsync(intake, (await _service.PlanAsync(intake, Ct)).Plan!, new MasterNote { Issue = "x", ChecklistVerified = true }, [], "una", Ct);

        var stored = await _service.GetAsync(result.Ticket!.Number, Ct);
        Assert.Equal(("America/Toronto", Intakes.MondayMorning, "jane@cleaning.example"), (stored!.TimeZone, stored.ReceivedAt, stored.CleanerEmail));
    }

    [Fact]
    public async Task CreateAsync_IntakeWithServiceFacts_TicketKeepsThem()
    {
        var intake = Intakes.Valid() with { ServiceDate = Intakes.Date("2026-11-20"), AttachmentsReceived = true };

        var result = await _service.CreateAsync(intake, (await _service.PlanAsync(intake, Ct)).Plan!, new MasterNote { Issue = "x", ChecklistVerified = true }, [], "una", Ct);

        var stored = await _service.GetAsync(result.Ticket!.Number, Ct);
        Assert.Equal((Intakes.Date("2026-11-20"), true), (stored!.ServiceDate, stored.AttachmentsReceived));
    }

    [Fact]
    public async Task UpdateNoteAsync_WithCleanerEmail_StoredAndRecordedInHistory()
    {
        var ticket = await CreateR1Async();

        var result = await _service.UpdateNoteAsync(ticket.Number, ticket.Note with { ChecklistItems = "Empty trash" }, " jane@cleaning.example ", "una", Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("jane@cleaning.example", (await _service.GetAsync(ticket.Number, Ct))!.CleanerEmail);
        var events = await _db.Store.EventsAsync(ticket.Number, Ct);
        Assert.Contains(events, e => e is { Change: TicketChange.Field, Field: "cleanerEmail", OldValue: null, NewValue: "jane@cleaning.example", Actor: "una" });
        Assert.Contains(events, e => e is { Change: TicketChange.Field, Field: "note.checklistItems", NewValue: "Empty trash" });
    }

    [Fact]
    public async Task UpdateNoteAsync_CleanerEmailNotAnAddress_RefusedAndUnchanged()
    {
        var ticket = await CreateR1Async();

        var result = await _service.UpdateNoteAsync(ticket.Number, ticket.Note, "jane at home", "una", Ct);

        Assert.Equal(["'jane at home' is not an email address."], result.Problems);
        Assert.Equal(ticket.Version, (await _service.GetAsync(ticket.Number, Ct))!.Version);
    }

    [Fact]
    public async Task SaveChecklistAsync_ImportedTicketWithEmptyNote_ClosureAndSolvedStoredAsOneChange()
    {
        var imported = (await _db.Store.InsertAsync(Tickets.Sample(), [], Ct)).Ticket;
        var closure = new TicketClosure { ClientConfirmation = ClientConfirmation.ClientConfirmedResolved, Review = ReviewStatus.PendingConfirmation };

        var result = await _service.SaveChecklistAsync(imported.Number, imported.Version, closure, true, "una", Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var stored = (await _service.GetAsync(imported.Number, Ct))!;
        Assert.Equal((ReviewStatus.PendingConfirmation, true, imported.Version + 1), (stored.Closure.Review, stored.Note.SolvedOnFirstAttempt, stored.Version));
        var fields = (await _db.Store.EventsAsync(imported.Number, Ct)).Select(e => e.Field);
        Assert.Equal(["closure.clientConfirmation", "closure.review", "note.solvedOnFirstAttempt"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveChecklistAsync_TicketChangedSinceRead_RefusedAndNothingStored()
    {
        var ticket = await CreateR1Async();
        await _service.MoveStageAsync(ticket.Number, TicketStage.OpenTicket, "ben", Ct);

        var result = await _service.SaveChecklistAsync(ticket.Number, ticket.Version, Notes.CompleteClosure(), true, "una", Ct);

        Assert.Contains("changed by someone else", Assert.Single(result.Problems));
        var stored = (await _service.GetAsync(ticket.Number, Ct))!;
        Assert.Equal((ticket.Version + 1, null, null), (stored.Version, stored.Closure.Review, stored.Note.SolvedOnFirstAttempt));
    }

    [Fact]
    public async Task UpdateNoteAsync_ImportedTicketNoteWithoutIssue_Saved()
    {
        var imported = (await _db.Store.InsertAsync(Tickets.Sample(), [], Ct)).Ticket;

        var result = await _service.UpdateNoteAsync(imported.Number, imported.Note with { NextClean = new DateOnly(2026, 11, 24) }, null, "una", Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    [Fact]
    public async Task UpdateNoteAsync_ImpossibleValue_Refused()
    {
        var ticket = await CreateR1Async();

        var result = await _service.UpdateNoteAsync(ticket.Number, ticket.Note with { BuildingCount = 0 }, null, "una", Ct);

        Assert.Equal(["Master Note: How Many Buildings Do They Have: must be at least 1."], result.Problems);
    }

    [Fact]
    public async Task PlanAsync_CleanerEmailNotAnAddress_ErrorNamesTheField()
    {
        var result = await _service.PlanAsync(Intakes.Valid() with { CleanerEmail = "jane at home" }, Ct);

        Assert.Null(result.Plan);
        Assert.Equal("cleanerEmail", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task RecordRecapSentAsync_Ticket_EventWithWhoWhenAndAddress()
    {
        var ticket = await CreateR1Async();
        _time.Advance(TimeSpan.FromMinutes(30));

        var result = await _service.RecordRecapSentAsync(ticket.Number, "jane@cleaning.example", "Casey", Ct);

        Assert.True(result.Succeeded);
        var sent = (await _db.Store.EventsAsync(ticket.Number, Ct)).Single(e => e.Change == TicketChange.RecapSent);
        Assert.Equal(("Casey", _time.GetUtcNow(), "recap", "jane@cleaning.example"), (sent.Actor, sent.At, sent.Field, sent.NewValue));
        Assert.Equal(ticket.Version, (await _service.GetAsync(ticket.Number, Ct))!.Version);
    }

    [Fact]
    public async Task RecordRecapSentAsync_UnknownTicket_NotFound() =>
        Assert.Equal(["Ticket 42 was not found."], (await _service.RecordRecapSentAsync(42, "a@b.example", "Casey", Ct)).Problems);

    [Fact]
    public async Task CloseAsync_UnknownTicket_NotFound() =>
        Assert.Equal(["Ticket 42 was not found."], (await _service.CloseAsync(42, "una", Ct)).Problems);

    private async Task<Ticket> CreateR1Async()
    {
        var intake = Intakes.Valid() with { PriorCleanerIssues = 1 };
        var plan = (await _service.PlanAsync(intake, Ct)).Plan!;
        var result = await _service.CreateAsync(intake, plan, new MasterNote { Issue = "Trash", ChecklistVerified = true }, [], "una", Ct);
        Assert.Equal(TicketType.R1, result.Ticket!.Type);
        return result.Ticket;
    }
}
