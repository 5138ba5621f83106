using System.Globalization;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The ticket intake in the SOP's order: Step 1 initial review → service issue or update → Step 1B checklist (3A path)
/// → cleaner facts → the computed ticket (overrides with a reason) → master note → create. Every submit is checked here;
/// errors re-show the same step with the message under the input.
/// </summary>
public sealed class IntakeDialog(TicketService tickets, TimeProvider timeProvider) : Dialog<IntakeState>(TicketChatJsonContext.Default.IntakeState)
{
    public const string DialogId = "ticket.intake";

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [TicketVerbs.IntakeNext, TicketVerbs.IntakeOverride, TicketVerbs.IntakeCreate];

    public override string Title => "the new ticket";

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.Turn.UserTimeZone is { } zone)
        {
            values[BuildingZone] = zone.Id;
        }
        return Task.FromResult(Next(new IntakeState(IntakeStep.Review, values)));
    }

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, IntakeState state, CancellationToken cancellationToken)
    {
        var s = Submitted(context, state);
        if (s.Errors is not null)
        {
            return Stay(s);
        }
        var now = timeProvider.GetUtcNow();
        return s.Step switch
        {
            IntakeStep.Review => Check(s, IntakeChecks.Review(s.Values), WithReceivedDefaults(s with { Step = IntakeStep.Concern }, now)),
            IntakeStep.Concern => Check(s, IntakeChecks.Concern(s.Values, now), s with { Step = IntakeStep.Category }),
            IntakeStep.Category => Check(s, IntakeChecks.Category(s.Values), s with { Step = IntakeForm.AsksScope(IntakeForm.Category(s.Values)) ? IntakeStep.Scope : IntakeStep.Cleaner }),
            IntakeStep.Scope => Check(s, IntakeChecks.Scope(s.Values), s with { Step = IntakeForm.OutOfScope(s.Values) ? IntakeStep.OutOfScope : IntakeStep.Cleaner }),
            IntakeStep.OutOfScope => Check(s, IntakeChecks.OutOfScope(s.Values), s with { Step = IntakeStep.Cleaner }),
            IntakeStep.Cleaner => await PlanAsync(s, cancellationToken),
            IntakeStep.Plan when context.Is(TicketVerbs.IntakeOverride) => Next(OverrideDefaults(s)),
            IntakeStep.Plan => Next(IntakeDefaults.ForNote(s with { Step = IntakeStep.NoteIssue }, Effective(s))),
            IntakeStep.Override => Override(s),
            IntakeStep.NoteIssue or IntakeStep.NoteCall or IntakeStep.NoteFollowUp => Note(s),
            _ => await CreateAsync(context, s, cancellationToken),
        };
    }

    protected override IntakeState Back(IntakeState current, IntakeState previous) =>
        previous with { Values = current.Values, Overrides = current.Overrides, Errors = null };

    protected override View Render(IntakeState state) => state.Step switch
    {
        IntakeStep.Review => IntakeCards.Review(state),
        IntakeStep.Concern => IntakeCards.Concern(state),
        IntakeStep.Category => IntakeCards.Category(state),
        IntakeStep.Scope => IntakeCards.Scope(state),
        IntakeStep.OutOfScope => IntakeCards.OutOfScope(state),
        IntakeStep.Cleaner => IntakeCards.Cleaner(state),
        IntakeStep.Plan => PlanCards.Plan(state, Effective(state)),
        IntakeStep.Override => PlanCards.Override(state, Effective(state)),
        IntakeStep.NoteIssue => NoteCard(state, 1),
        IntakeStep.NoteCall => NoteCard(state, 2),
        IntakeStep.NoteFollowUp => NoteCard(state, 3),
        _ => IntakeConfirmCards.Confirm(state, Effective(state), ReadNote(state).Note),
    };

    public static View NoteCard(IntakeState state, int part) =>
        IntakeCards.Card(6 + part, MasterNoteCards.Title(part), state, MasterNoteCards.Body(part, IntakeCards.Fields(state), IntakeForm.Zone(state.Values)));

    /// <summary>
    /// The state with this step's inputs as submitted (a cleared input is stored empty) and no old errors; a text over
    /// its <see cref="FieldLimits"/> is stored cut, with its message as the only errors.
    /// </summary>
    private IntakeState Submitted(DialogContext context, IntakeState state)
    {
        var inputs = ViewTree.Fields(Render(state)).Select(f => f.Id);
        var (values, tooLong) = FieldLimits.Clip(inputs.ToDictionary(id => id, id => context.Text(id) ?? ""));
        return state.With(values) with { Errors = tooLong.Count > 0 ? tooLong : null };
    }

    private DialogStep Check(IntakeState submitted, IReadOnlyDictionary<string, string> errors, IntakeState next) =>
        errors.Count > 0 ? Stay(submitted with { Errors = errors }) : Next(next);

    private IntakeState WithReceivedDefaults(IntakeState state, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, IntakeForm.Zone(state.Values));
        return state.Value(ReceivedDate) is not null ? state : state.With(new Dictionary<string, string>
        {
            [ReceivedDate] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [ReceivedTime] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        });
    }

    private async Task<DialogStep> PlanAsync(IntakeState state, CancellationToken cancellationToken)
    {
        var form = new FormReader(state.Values);
        var intake = IntakeForm.ReadIntake(form, state.Values);
        if (intake is null)
        {
            return Stay(state with { Errors = form.Errors });
        }
        var planned = await tickets.PlanAsync(intake, cancellationToken);
        return planned.Plan is { } plan
            ? Next(state with { Step = IntakeStep.Plan, Plan = plan })
            : Stay(state with { Errors = IntakeErrors.Place(planned.Errors.Select(x => (x.Field, x.Message)), IntakeCards.Cleaner(state)) });
    }

    private DialogStep Override(IntakeState state)
    {
        var form = new FormReader(state.Values);
        var overrides = IntakeForm.ReadOverrides(form, state.Plan!);
        var (_, problems) = PlanOverrides.Apply(state.Plan!, ReadIntake(state)!, overrides);
        return problems.Count > 0
            ? Stay(state with { Errors = new Dictionary<string, string> { [FormError] = string.Join(" ", problems) } })
            : Stay(state with { Step = IntakeStep.Plan, Overrides = overrides });
    }

    private IntakeState OverrideDefaults(IntakeState state)
    {
        var plan = Effective(state);
        return state.With(new Dictionary<string, string>
        {
            [OverrideType] = plan.Type.ToString(),
            [OverridePriority] = plan.Priority.ToString(),
            [OverrideEstClose] = PlanCards.Iso(plan.EstCloseDate),
            [OverrideOwner] = plan.Owner,
        }) with { Step = IntakeStep.Override };
    }

    private DialogStep Note(IntakeState state)
    {
        var (_, errors) = ReadNote(state);
        var placed = IntakeErrors.Place(errors, Render(state), toForm: state.Step == IntakeStep.NoteFollowUp);
        return placed.Count > 0 ? Stay(state with { Errors = placed }) : Next(state with { Step = state.Step + 1 });
    }

    private async Task<DialogStep> CreateAsync(DialogContext context, IntakeState state, CancellationToken cancellationToken)
    {
        var (note, _) = ReadNote(state);
        var result = await tickets.CreateAsync(
            ReadIntake(state)!, state.Plan!, note, state.Overrides ?? [], TicketChat.Actor(context.Turn), IntakeKey(context.StepToken), cancellationToken);
        if (!result.Succeeded)
        {
            return Stay(state with { Errors = new Dictionary<string, string> { [FormError] = string.Join(" ", result.Problems) } });
        }
        await SayCreatedAsync(context, result.Ticket!, cancellationToken);
        return Complete(new JsonObject { ["ticket"] = result.Ticket!.Number });
    }

    /// <summary>
    /// A Create pressed again after this intake ended (Teams redelivered it after a crash that came after the commit, or
    /// a second click lost the race): the same "Ticket N created" answer.
    /// </summary>
    protected internal override async Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!context.Is(TicketVerbs.IntakeCreate) || IntakeKey(context.StepToken) is not { } key
            || await tickets.FindByIntakeKeyAsync(key, cancellationToken) is not { } ticket)
        {
            return false;
        }
        await SayCreatedAsync(context, ticket, cancellationToken);
        return true;
    }

    private static Task SayCreatedAsync(DialogContext context, Ticket ticket, CancellationToken cancellationToken) =>
        context.Output.SendAsync(BotMessage.WithView(IntakeConfirmCards.Created(ticket), $"Ticket {ticket.Number} created."), cancellationToken);

    /// <summary>The ticket's idempotency key: this dialog and the step token of the Create card.</summary>
    private static string? IntakeKey(string? stepToken) => stepToken is null ? null : $"{DialogId}/{stepToken}";

    private static TicketIntake? ReadIntake(IntakeState state) => IntakeForm.ReadIntake(new FormReader(state.Values), state.Values);

    private static TicketPlan Effective(IntakeState state) =>
        state.EffectivePlan(ReadIntake(state)) ?? throw new DialogStateException("The intake has no computed ticket yet.");

    /// <summary>The note and every problem with it: unreadable inputs, then the SOP's create-time rules.</summary>
    private static (MasterNote Note, IEnumerable<(string Id, string Message)> Errors) ReadNote(IntakeState state)
    {
        var form = new FormReader(state.Values);
        var note = MasterNoteForm.Read(form, IntakeForm.Zone(state.Values));
        var type = Effective(state).Type;
        var rules = MasterNoteRules.Validate(note, type, MasterNotePhase.Create).Select(p => (MasterNoteForm.InputFor(p.Field), p.Message));
        return (note, form.Errors.Select(e => (e.Key, e.Value)).Concat(rules));
    }
}
