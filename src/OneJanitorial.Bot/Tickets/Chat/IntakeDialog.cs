using System.Globalization;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Reminders;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The ticket intake in the SOP's order: Step 1 initial review → service issue or update → Step 1B checklist (3A path)
/// → cleaner facts → the computed ticket (overrides with a reason) → master note → create. Every submit is checked here;
/// errors re-show the same step with the message under the input.
/// </summary>
/// <param name="reminders">Its <c>DefaultTimeZone</c> is the team's zone: the building's until the CSR picks another.</param>
public sealed class IntakeDialog(TicketService tickets, TimeProvider timeProvider, IOptions<RemindersOptions> reminders) : Dialog<IntakeState>(TicketChatJsonContext.Default.IntakeState)
{
    public const string DialogId = IntakePrefill.DialogId;

    /// <summary>The card data key carrying the intake's <see cref="IntakeState.Id"/> on every button of its cards.</summary>
    public const string IntakeIdKey = "intakeId";

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [TicketVerbs.IntakeNext, TicketVerbs.IntakeOverride, TicketVerbs.IntakeCreate];

    public override string Title => "the new ticket";

    public override string NoteTarget => "the Issue (master note)";

    protected override IntakeState? AddNote(IntakeState state, string text) => IntakeDefaults.AddNote(state, text);

    protected override DialogProgress Progress(IntakeState state) => new(state.Step switch
    {
        IntakeStep.Review => 1,
        IntakeStep.Concern => 2,
        IntakeStep.Category => 3,
        IntakeStep.Scope or IntakeStep.OutOfScope => 4,
        IntakeStep.Cleaner => 5,
        IntakeStep.Plan or IntakeStep.Override => 6,
        IntakeStep.NoteIssue => 7,
        IntakeStep.NoteCall => 8,
        IntakeStep.NoteFollowUp => 9,
        _ => 10,
    }, IntakeCards.StepCount, Render(state).Summary.Replace("New ticket: ", ""));

    protected override string StepName(IntakeState state) => state.Step.ToString();

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken)
    {
        var zone = context.Turn.UserTimeZone ?? Conversation.TimeZones.Find(reminders.Value.DefaultTimeZone);
        var draft = IntakePrefill.From(options) is { } prefill ? PreFilled(prefill) : new IntakeDraft();
        var id = Guid.NewGuid().ToString("N");
        return Task.FromResult(Next(new IntakeState(IntakeStep.Review) { Id = id, Draft = draft with { TimeZone = draft.TimeZone ?? zone?.Id } }));
    }

    /// <summary>The draft of an intake begun by another feature (e.g. a survey call's Survey Correction) with what it knows.</summary>
    private static IntakeDraft PreFilled(IntakePrefill prefill) => new()
    {
        Client = prefill.Client,
        Building = prefill.Building,
        City = prefill.City,
        TimeZone = prefill.TimeZone,
        Concern = prefill.Concern,
        ServiceDate = prefill.ServiceDate,
        Source = prefill.Source,
        Category = prefill.Category,
        SurveyRating = prefill.SurveyRating,
        Note = new MasterNote { Issue = prefill.Issue },
    };

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, IntakeState state, CancellationToken cancellationToken)
    {
        var (s, form) = Submitted(context, state, IntakeTable.Step(state));
        if (s.Errors is not null)
        {
            return Stay(s);
        }
        var now = timeProvider.GetUtcNow();
        var d = s.Draft;
        return s.Step switch
        {
            IntakeStep.Review => Check(s, IntakeChecks.Review(d, form), WithReceivedDefaults(s with { Step = IntakeStep.Concern }, now)),
            IntakeStep.Concern => Check(s, IntakeChecks.Concern(d, form, now), s with { Step = IntakeStep.Category }),
            IntakeStep.Category => Check(s, IntakeChecks.Category(d, form), s with { Step = IntakeForm.AsksScope(d.Category) ? IntakeStep.Scope : IntakeStep.Cleaner }),
            IntakeStep.Scope => Check(s, IntakeChecks.Scope(d, form), s with { Step = IntakeForm.OutOfScope(d) ? IntakeStep.OutOfScope : IntakeStep.Cleaner }),
            IntakeStep.OutOfScope => Check(s, IntakeChecks.OutOfScope(d, form), s with { Step = IntakeStep.Cleaner }),
            IntakeStep.Cleaner => await PlanAsync(s, IntakeChecks.Cleaner(d, form), cancellationToken),
            IntakeStep.Plan when context.Is(TicketVerbs.IntakeOverride) => Next(OverrideDefaults(s)),
            IntakeStep.Plan => Next(IntakeDefaults.ForNote(s with { Step = IntakeStep.NoteIssue }, Effective(s))),
            IntakeStep.Override => Override(s),
            IntakeStep.NoteIssue or IntakeStep.NoteCall or IntakeStep.NoteFollowUp => Note(s, form),
            _ => await CreateAsync(context, s, cancellationToken),
        };
    }

    protected override IntakeState Back(IntakeState current, IntakeState previous) =>
        previous with { Draft = current.Draft, Entered = current.Entered, Overrides = current.Overrides, Errors = null };

    /// <summary>Every button carries the intake's own id, so a card pressed after the intake ended finds its ticket.</summary>
    protected override View Render(IntakeState state) => state.Id is not { } id ? RenderStep(state) : ViewTree.Map(RenderStep(state), action => action is VerbAction v
        ? v with { Payload = new Dictionary<string, string>(v.Payload, StringComparer.Ordinal) { [IntakeIdKey] = id } }
        : action);

    private View RenderStep(IntakeState state) => state.Step switch
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
        _ => IntakeConfirmCards.Confirm(state, Effective(state), state.Draft.Note),
    };

    public static View NoteCard(IntakeState state, int part) =>
        IntakeCards.Card(6 + part, MasterNoteCards.Title(part), state, IntakeTable.Note(part, IntakeForm.Zone(state.Draft)).Render(state.Fields()));

    /// <summary>
    /// The state with this step's inputs read into the draft as submitted (a cleared input is cleared) and no old errors,
    /// and the reader holding what could not be read; a text over its <see cref="FieldLimits"/> is kept cut, with its
    /// message as the only errors. The quick intake reads its cards the same way.
    /// </summary>
    internal static (IntakeState State, FormReader Form) Submitted(DialogContext context, IntakeState state, IReadOnlyList<FormSpec<IntakeDraft>> fields)
    {
        var (texts, tooLong) = FieldLimits.Clip(fields.ToDictionary(f => f.Id, f => context.Text(f.Id) ?? ""));
        var form = new FormReader(texts);
        return (state.Enter(fields, texts, form) with { Errors = tooLong.Count > 0 ? tooLong : null }, form);
    }

    private DialogStep Check(IntakeState submitted, IReadOnlyDictionary<string, string> errors, IntakeState next) =>
        errors.Count > 0 ? Stay(submitted with { Errors = errors }) : Next(next);

    private IntakeState WithReceivedDefaults(IntakeState state, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, IntakeForm.Zone(state.Draft)).DateTime;
        return state.Shown(ReceivedDate) is not null
            ? state
            : state.Write(state.Draft with { ReceivedDate = DateOnly.FromDateTime(local), ReceivedTime = new TimeOnly(local.Hour, local.Minute) }, ReceivedDate, ReceivedTime);
    }

    private async Task<DialogStep> PlanAsync(IntakeState state, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (errors.Count > 0 || IntakeForm.ToIntake(state.Draft) is not { } intake)
        {
            return Stay(state with { Errors = errors });
        }
        var planned = await tickets.PlanAsync(intake, cancellationToken);
        return planned.Plan is { } plan
            ? Next(state with { Step = IntakeStep.Plan, Plan = plan })
            : Stay(state with { Errors = IntakeErrors.Place(planned.Errors.Select(x => (x.Field, x.Message)), IntakeCards.Cleaner(state)) });
    }

    private DialogStep Override(IntakeState state)
    {
        var overrides = IntakeForm.Overrides(state.Draft, state.Plan!);
        var (_, problems) = PlanOverrides.Apply(state.Plan!, IntakeForm.ToIntake(state.Draft)!, overrides);
        return problems.Count > 0
            ? Stay(state with { Errors = new Dictionary<string, string> { [FormError] = string.Join(" ", problems) } })
            : Stay(state with { Step = IntakeStep.Plan, Overrides = overrides });
    }

    private IntakeState OverrideDefaults(IntakeState state)
    {
        var plan = Effective(state);
        var draft = state.Draft with
        {
            OverrideType = plan.Type.ToString(),
            OverridePriority = plan.Priority.ToString(),
            OverrideEstClose = PlanCards.Iso(plan.EstCloseDate),
            OverrideOwner = plan.Owner,
        };
        return state.Write(draft, OverrideType, OverridePriority, OverrideEstClose, OverrideOwner) with { Step = IntakeStep.Override };
    }

    private DialogStep Note(IntakeState state, FormReader form)
    {
        var errors = form.Errors.Select(e => (e.Key, e.Value)).Concat(NoteProblems(state));
        var placed = IntakeErrors.Place(errors, Render(state), toForm: state.Step == IntakeStep.NoteFollowUp);
        return placed.Count > 0 ? Stay(state with { Errors = placed }) : Next(state with { Step = state.Step + 1 });
    }

    private async Task<DialogStep> CreateAsync(DialogContext context, IntakeState state, CancellationToken cancellationToken)
    {
        var result = await tickets.CreateAsync(
            IntakeForm.ToIntake(state.Draft)!, state.Plan!, state.Draft.Note, state.Overrides ?? [], TurnActor.Name(context.Turn), IntakeKey(state.Id, context.StepToken), cancellationToken);
        if (!result.Succeeded)
        {
            return Stay(state with { Errors = new Dictionary<string, string> { [FormError] = string.Join(" ", result.Problems) } });
        }
        await SayCreatedAsync(context, result.Ticket!, cancellationToken);
        return Complete(new JsonObject { ["ticket"] = result.Ticket!.Number });
    }

    /// <summary>
    /// A card of this intake pressed after it created its ticket, found by the intake's own key (the id on the card):
    /// Create again (Teams redelivered it after a crash that came after the commit, or a second click lost the race)
    /// gets the same "Ticket N created" answer; any other of its buttons offers the ticket, as the CSR thinks of it.
    /// </summary>
    protected internal override async Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var id = context.Data[IntakeIdKey] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        if (!Verbs.Concat(DialogActions.EngineVerbs).Any(context.Is)
            || IntakeKey(id, context.Is(TicketVerbs.IntakeCreate) ? context.StepToken : null) is not { } key
            || await tickets.FindByIntakeKeyAsync(key, cancellationToken) is not { } ticket)
        {
            return false;
        }
        await (context.Is(TicketVerbs.IntakeCreate)
            ? SayCreatedAsync(context, ticket, cancellationToken)
            : context.Output.SendAsync(BotMessage.WithView(IntakeConfirmCards.AlreadyCreated(ticket)), cancellationToken));
        return true;
    }

    /// <summary>The "Ticket N created" answer, of the quick intake too.</summary>
    internal static Task SayCreatedAsync(DialogContext context, Ticket ticket, CancellationToken cancellationToken) =>
        context.Output.SendAsync(BotMessage.WithView(IntakeConfirmCards.Created(ticket), $"Ticket {ticket.Number.ToString(CultureInfo.InvariantCulture)} created."), cancellationToken);

    /// <summary>
    /// The ticket's idempotency key: this dialog and the intake's own id, one ticket per intake. An intake saved before
    /// intakes had an id is keyed by the step token of its Create card.
    /// </summary>
    private static string? IntakeKey(string? intakeId, string? stepToken) =>
        intakeId is not null ? $"{DialogId}/{intakeId}" : stepToken is null ? null : $"{DialogId}/{stepToken}";

    private static TicketPlan Effective(IntakeState state) =>
        state.EffectivePlan(IntakeForm.ToIntake(state.Draft)) ?? throw new DialogStateException("The intake has no computed ticket yet.");

    /// <summary>What the SOP's create-time rules say of the note, at the input each problem is about.</summary>
    private static IEnumerable<(string Id, string Message)> NoteProblems(IntakeState state) =>
        MasterNoteRules.Validate(state.Draft.Note, Effective(state).Type, MasterNotePhase.Create).Select(p => (MasterNoteForm.InputFor(p.Field), p.Message));
}
