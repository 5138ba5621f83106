using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Observability;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The ticket operations the intake dialog, the ticket cards and the CLI use: plan, create, read, list, update the
/// note and closure, move stages and close. Every change is stored with its events (who, when, old → new).
/// </summary>
public sealed class TicketService(ITicketStore store, IOptions<TicketsOptions> options, TimeProvider timeProvider, ILogger<TicketService> logger)
{
    public TicketRuleSettings Settings { get; } = TicketRuleSettings.From(options.Value);

    /// <summary>Validates the intake, counts the cleaner's strikes and runs the rules; an invalid intake gets its errors.</summary>
    public async Task<TicketPlanResult> PlanAsync(TicketIntake intake, CancellationToken cancellationToken)
    {
        var errors = TicketIntakeValidator.Validate(intake);
        if (errors.Count > 0)
        {
            return TicketPlanResult.Invalid(errors);
        }
        var createDate = TicketRules.CreateDate(intake, Settings);
        var history = await store.CleanerHistoryAsync(intake.Cleaner, TicketRules.StrikeWindowStart(createDate), createDate, cancellationToken);
        return TicketPlanResult.Planned(history.TicketsOnRecord > 0
            ? TicketRules.Plan(intake, history.ServiceIssuesInWindow, Settings)
            : TicketRules.Plan(intake, intake.PriorCleanerIssues ?? 0, Settings, "the intake: no history for this cleaner in the ticket store"));
    }

    /// <summary>
    /// Stores a ticket from the computed <paramref name="plan"/> with the CSR's overrides (each recorded with its reason)
    /// and the master note as pinned at creation.
    /// </summary>
    public Task<TicketChangeResult> CreateAsync(
        TicketIntake intake, TicketPlan plan, MasterNote note, IReadOnlyList<PlanOverride> overrides, string actor, CancellationToken cancellationToken) =>
        CreateAsync(intake, plan, note, overrides, actor, null, cancellationToken);

    /// <summary>
    /// As above, at most once per <paramref name="intakeKey"/> (the dialog instance and step of the Create submit): a
    /// repeated Create — redelivered after a crash, double-clicked, or sent to another bot process — gets the ticket the
    /// first one stored, so a duplicate never counts as a strike.
    /// </summary>
    public async Task<TicketChangeResult> CreateAsync(
        TicketIntake intake, TicketPlan plan, MasterNote note, IReadOnlyList<PlanOverride> overrides, string actor, string? intakeKey,
        CancellationToken cancellationToken)
    {
        if (intakeKey is not null && await store.FindByIntakeKeyAsync(intakeKey, cancellationToken) is { } existing)
        {
            TicketLog.Repeated(logger, existing.Number);
            return TicketChangeResult.Done(existing);
        }
        var (final, problems) = PlanOverrides.Apply(plan, intake, overrides);
        var pinned = note with
        {
            IssueBucket = note.IssueBucket ?? final.Bucket,
            ServiceIssuesPast3Months = note.ServiceIssuesPast3Months ?? (final.Type.CountsAsServiceIssue() ? final.StrikeNumber : null),
        };
        var noteProblems = MasterNoteRules.Validate(pinned, final.Type, MasterNotePhase.Create).Select(p => $"Master Note: {p.Message}");
        if (problems.Count > 0 || noteProblems.Any())
        {
            return TicketChangeResult.Refused([.. problems, .. noteProblems]);
        }
        var now = timeProvider.GetUtcNow();
        var ticket = NewTicket(intake, final, pinned, actor, now) with { IntakeKey = intakeKey };
        var events = new List<TicketEvent> { Event(now, actor, TicketChange.Created, "title", null, ticket.Title) };
        events.AddRange(overrides.Select(o => Event(now, actor, TicketChange.Override, Camel(o.Field.ToString()), Computed(plan, o.Field), o.Value, o.Reason)));
        var (created, outcome) = await store.InsertAsync(ticket, events, cancellationToken);
        if (outcome == TicketInsertOutcome.Existing)
        {
            // Another process stored this intake key between the check above and the insert.
            TicketLog.Repeated(logger, created.Number);
            return TicketChangeResult.Done(created);
        }
        TicketLog.Created(logger, created.Number, created.Type.Name(), created.Stage.Name());
        BotTelemetry.TicketsCreated.Add(1, new KeyValuePair<string, object?>("ticket.type", created.Type.Name()));
        return TicketChangeResult.Done(created);
    }

    public Task<Ticket?> GetAsync(long number, CancellationToken cancellationToken) => store.GetAsync(number, cancellationToken);

    /// <summary>The ticket a Create with this intake key stored, if any.</summary>
    public Task<Ticket?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken) => store.FindByIntakeKeyAsync(intakeKey, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken) => store.ListAsync(query, cancellationToken);

    /// <summary>
    /// Saves the note and the cleaner's email (blank clears it) as one change; the note is checked by the
    /// <see cref="MasterNotePhase.Edit"/> rules and the email like the intake's.
    /// The history records each changed field ("note.nextClean", "cleanerEmail").
    /// </summary>
    public Task<TicketChangeResult> UpdateNoteAsync(long number, MasterNote note, string? cleanerEmail, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(number, null, actor, TicketChange.Field, ticket =>
        {
            var problems = NoteProblems(note, ticket.Type);
            var email = CleanerEmails.Normalize(cleanerEmail);
            if (email is not null && !CleanerEmails.IsValid(email))
            {
                problems.Add(CleanerEmails.Problem(email));
            }
            return (ticket with { Note = note, CleanerEmail = email }, problems);
        }, cancellationToken);

    /// <summary>Sets the closure checklist (e.g. the review status), whatever version the ticket is at.</summary>
    public Task<TicketChangeResult> UpdateClosureAsync(long number, TicketClosure closure, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(number, null, actor, TicketChange.Field, ticket => (ticket with { Closure = closure }, []), cancellationToken);

    /// <summary>
    /// Saves the closure checklist card: the closure and the note's "solved on first attempt" as one change (one
    /// transaction, an event per changed field), refused when the ticket is no longer at <paramref name="version"/>.
    /// </summary>
    public Task<TicketChangeResult> SaveChecklistAsync(
        long number, int version, TicketClosure closure, bool? solvedOnFirstAttempt, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(number, version, actor, TicketChange.Field, ticket =>
        {
            var note = ticket.Note with { SolvedOnFirstAttempt = solvedOnFirstAttempt };
            return (ticket with { Closure = closure, Note = note }, NoteProblems(note, ticket.Type));
        }, cancellationToken);

    /// <summary>Moves to another stage when SOP Step 5 allows it; a closed ticket can only reopen to its home stage.</summary>
    public Task<TicketChangeResult> MoveStageAsync(long number, TicketStage to, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(number, null, actor, TicketChange.Stage, ticket =>
        {
            var refusal = TicketStages.CheckMove(ticket.Type, ticket.Stage, to);
            return refusal is null ? (ticket with { Stage = to, ClosedAt = null }, []) : (ticket, [refusal]);
        }, cancellationToken);

    /// <summary>Closes the ticket, or refuses with every closure item that is missing.</summary>
    public Task<TicketChangeResult> CloseAsync(long number, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(number, null, actor, TicketChange.Closed, ticket =>
        {
            if (ticket.IsClosed)
            {
                return (ticket, [$"Ticket {number} is already closed."]);
            }
            var missing = ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure);
            return (ticket with { Stage = TicketStage.ClosedClientTicket, ClosedAt = timeProvider.GetUtcNow() }, missing);
        }, cancellationToken);

    /// <summary>Records on the ticket's history that <paramref name="actor"/> sent the cleaner recap to <paramref name="to"/>.</summary>
    public async Task<TicketChangeResult> RecordRecapSentAsync(long number, string to, string actor, CancellationToken cancellationToken)
    {
        var ticket = await store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return TicketChangeResult.NotFound(number);
        }
        await store.AppendEventsAsync(number, [Event(timeProvider.GetUtcNow(), actor, TicketChange.RecapSent, "recap", null, to)], cancellationToken);
        return TicketChangeResult.Done(ticket);
    }

    /// <summary>
    /// Applies one change and stores it with its events in one transaction. With a <paramref name="version"/>, the
    /// change is refused when the ticket is no longer at it; a concurrent writer between read and write is refused too.
    /// </summary>
    private async Task<TicketChangeResult> ChangeAsync(
        long number, int? version, string actor, TicketChange change, Func<Ticket, (Ticket Updated, IReadOnlyList<string> Problems)> apply,
        CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(number, cancellationToken);
        if (current is null)
        {
            return TicketChangeResult.NotFound(number);
        }
        if (version is { } expected && current.Version != expected)
        {
            return TicketChangeResult.Changed(number);
        }
        var (updated, problems) = apply(current);
        if (problems.Count > 0)
        {
            return TicketChangeResult.Refused(problems);
        }
        var now = timeProvider.GetUtcNow();
        updated = updated with { UpdatedAt = now };
        var events = TicketDiff.Between(current, updated)
            .Select(d => Event(now, actor, change == TicketChange.Field && d.Field == "stage" ? TicketChange.Stage : change, d.Field, d.Old, d.New))
            .ToList();
        if (events.Count == 0)
        {
            return TicketChangeResult.Done(current);
        }
        try
        {
            var saved = await store.UpdateAsync(updated, events, cancellationToken);
            TicketLog.StageChange(logger, current, saved);
            return TicketChangeResult.Done(saved);
        }
        catch (TicketConcurrencyException)
        {
            return TicketChangeResult.Changed(number);
        }
    }

    /// <summary>The ticket <see cref="CreateAsync"/> stores, before it has a number.</summary>
    internal static Ticket NewTicket(TicketIntake intake, TicketPlan plan, MasterNote note, string actor, DateTimeOffset now) => new()
    {
        Type = plan.Type,
        Title = plan.Title,
        Client = intake.Client.Trim(),
        Building = intake.Building.Trim(),
        City = intake.City.Trim(),
        Concern = intake.Concern.Trim(),
        Cleaner = intake.Cleaner.Trim(),
        BillingPrice = intake.BillingPrice,
        Priority = plan.Priority,
        Stage = plan.Stage,
        CreateDate = plan.CreateDate,
        EstCloseDate = plan.EstCloseDate,
        NewInBuilding = plan.NewInBuilding,
        StartedLast90Days = plan.StartedLast90Days,
        StrikeNumber = plan.StrikeNumber,
        Bucket = plan.Bucket,
        Department = plan.Department,
        Owner = plan.Owner,
        Csr = actor,
        Source = plan.Source,
        Note = note,
        TimeZone = intake.TimeZone,
        ReceivedAt = intake.ReceivedAt,
        CleanerEmail = CleanerEmails.Normalize(intake.CleanerEmail),
        ServiceDate = intake.ServiceDate,
        AttachmentsReceived = intake.AttachmentsReceived,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static string Computed(TicketPlan plan, OverrideField field) => field switch
    {
        OverrideField.TicketType => plan.Type.Name(),
        OverrideField.Priority => plan.Priority.ToString(),
        OverrideField.EstCloseDate => plan.EstCloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => plan.Owner,
    };

    private static List<string> NoteProblems(MasterNote note, TicketType type) =>
        [.. MasterNoteRules.Validate(note, type, MasterNotePhase.Edit).Select(p => $"Master Note: {p.Message}")];

    private static TicketEvent Event(DateTimeOffset at, string actor, TicketChange change, string? field, string? old, string? value, string? reason = null) =>
        new(0, 0, at, actor, change, field, old, value, reason);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
