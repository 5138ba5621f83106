using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;
using static System.FormattableString;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The quick intake, for a phone and after hours: client and building, the concern and what the client reported, the
/// cleaner — three cards, each answered by its typed inputs and one button. Received is now in the building's zone
/// (the user's, else the team's). It fills the full intake's own <see cref="IntakeDraft"/>, so the ticket is planned
/// by the same rules (<see cref="TicketService.PlanAsync"/>: type from the cleaner's 3-month history, title, priority,
/// dates, strike) and created by the same store, once per Create (intake key), with the master note fields the SOP
/// needs at creation; the ticket card lists the rest "to complete at your desk".
/// </summary>
public sealed class QuickIntakeDialog(TicketService tickets, TimeProvider timeProvider, IOptions<RemindersOptions> reminders)
    : Dialog<IntakeState>(TicketChatJsonContext.Default.IntakeState)
{
    public const string DialogId = "ticket.quick";

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [TicketVerbs.QuickNext, TicketVerbs.QuickCreate];

    public override string Title => "the quick ticket";

    public override string NoteTarget => "the Issue (master note)";

    /// <summary>Typed text as a point of the Issue; null when the Issue the ticket gets (<see cref="IssueText"/>) would not fit.</summary>
    protected override IntakeState? AddNote(IntakeState state, string text) =>
        IntakeDefaults.AddNote(state, text) is { } noted && IntakeDefaults.Fits(IssueText(noted.Draft)) ? noted : null;

    /// <summary>For traces: the full intake's step the card covers (Review, Concern, Cleaner).</summary>
    protected override string StepName(IntakeState state) => state.Step.ToString();

    protected override DialogProgress Progress(IntakeState state) =>
        new(Card(state.Step), QuickIntakeCards.Cards, Render(state).Summary.Replace("Quick ticket: ", ""));

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken)
    {
        var zone = context.Turn.UserTimeZone ?? Conversation.TimeZones.Find(reminders.Value.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime;
        var draft = new IntakeDraft
        {
            TimeZone = zone.Id,
            Category = IntakeCategory.ServiceIssue,
            ReceivedDate = DateOnly.FromDateTime(local),
            ReceivedTime = new TimeOnly(local.Hour, local.Minute),
        };
        return Task.FromResult(Next(new IntakeState(IntakeStep.Review) { Draft = draft }));
    }

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, IntakeState state, CancellationToken cancellationToken)
    {
        var (s, form) = IntakeDialog.Submitted(context, state, QuickIntakeCards.Read(state.Step));
        if (s.Errors is not null)
        {
            return Stay(s);
        }
        var d = s.Draft;
        return s.Step switch
        {
            IntakeStep.Review => Check(s, Review(d, form), s with { Step = IntakeStep.Concern }),
            IntakeStep.Concern => Check(s, Concern(d, form), s with { Step = IntakeStep.Cleaner }),
            _ => await CreateAsync(context, s, IntakeChecks.Cleaner(d, form), cancellationToken),
        };
    }

    protected override IntakeState Back(IntakeState current, IntakeState previous) =>
        previous with { Draft = current.Draft, Entered = current.Entered, Errors = null };

    protected override View Render(IntakeState state) => QuickIntakeCards.Render(state);

    private static int Card(IntakeStep step) => step switch
    {
        IntakeStep.Review => 1,
        IntakeStep.Concern => 2,
        _ => 3,
    };

    private static IReadOnlyDictionary<string, string> Review(IntakeDraft d, FormReader form)
    {
        form.Require(Source, d.Source, "How it came in");
        return IntakeChecks.Review(d, form);
    }

    private static IReadOnlyDictionary<string, string> Concern(IntakeDraft d, FormReader form)
    {
        form.Require(IntakeFields.Concern, d.Concern, "Type of concern");
        if (d.Concern == Other && d.ConcernOther is null)
        {
            form.Fail(ConcernOther, "Say what the concern is.");
        }
        form.Require(Issue, d.Note.Issue, "What the client reported");
        if (d.Note.Issue is not null && IssueText(d) is var issue && !IntakeDefaults.Fits(issue))
        {
            form.Fail(Issue, Invariant($"With the concern line and a point per line, the Issue would have {issue.Length:N0} characters: keep it to {FieldLimits.Long:N0}."));
        }
        form.Require(InScope, d.InScope, "In the checklist");
        return form.Errors;
    }

    private DialogStep Check(IntakeState submitted, IReadOnlyDictionary<string, string> errors, IntakeState next) =>
        errors.Count > 0 ? Stay(submitted with { Errors = errors }) : Next(next with { Errors = null });

    private async Task<DialogStep> CreateAsync(DialogContext context, IntakeState state, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (errors.Count > 0 || IntakeForm.ToIntake(state.Draft) is not { } intake)
        {
            return Stay(state with { Errors = errors });
        }
        // A repeated Create (redelivered, double-tapped) is answered by its key before planning: planned again, the
        // ticket it already made would count as the cleaner's history.
        if (IntakeKey(context.StepToken) is { } key && await tickets.FindByIntakeKeyAsync(key, cancellationToken) is { } created)
        {
            await IntakeDialog.SayCreatedAsync(context, created, cancellationToken);
            return Complete(new JsonObject { ["ticket"] = created.Number });
        }
        var planned = await tickets.PlanAsync(intake, cancellationToken);
        if (planned.Plan is not { } plan)
        {
            return Stay(state with { Errors = IntakeErrors.Place(planned.Errors.Select(x => (x.Field, x.Message)), Render(state)) });
        }
        var result = await tickets.CreateAsync(intake, plan, Note(state.Draft, plan), [], TurnActor.Name(context.Turn), IntakeKey(context.StepToken), cancellationToken);
        if (!result.Succeeded)
        {
            return Stay(state with { Errors = new Dictionary<string, string> { [FormError] = string.Join(" ", result.Problems) } });
        }
        await IntakeDialog.SayCreatedAsync(context, result.Ticket!, cancellationToken);
        return Complete(new JsonObject { ["ticket"] = result.Ticket!.Number });
    }

    /// <summary>What Step 4 needs at creation: the Issue (the concern, then what the client reported) and the checklist check.</summary>
    public static MasterNote Note(IntakeDraft draft, TicketPlan plan) => draft.Note with
    {
        ChecklistVerified = true,
        Issue = IssueText(draft),
        IssueBucket = plan.Bucket,
        ServiceIssuesPast3Months = plan.Type.CountsAsServiceIssue() ? plan.StrikeNumber : null,
    };

    /// <summary>The ticket's Issue: the concern, then what the client reported and the typed notes, a point per line.</summary>
    public static string IssueText(IntakeDraft draft) =>
        $"- {IntakeForm.ConcernText(draft)}\n" + string.Join("\n", (draft.Note.Issue ?? "").Split('\n')
            .Where(l => l.Trim().Length > 0).Select(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? l.Trim() : "- " + l.Trim()));

    /// <summary>A Create pressed again after the ticket exists (a redelivery, a double tap): the same answer.</summary>
    protected internal override async Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!context.Is(TicketVerbs.QuickCreate) || IntakeKey(context.StepToken) is not { } key
            || await tickets.FindByIntakeKeyAsync(key, cancellationToken) is not { } ticket)
        {
            return false;
        }
        await IntakeDialog.SayCreatedAsync(context, ticket, cancellationToken);
        return true;
    }

    /// <summary>Keys start with <see cref="KeyPrefix"/>, which is how a ticket card knows the quick intake made it.</summary>
    private static string? IntakeKey(string? stepToken) => stepToken is null ? null : KeyPrefix + stepToken;

    public const string KeyPrefix = DialogId + "/";
}
