using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// Logs a survey call (SOP Survey Calls) from one card: client, rating 1–10, notes. The call is stored once per submitted
/// card; a rating of 5 or below then opens the ticket intake pre-filled as a Survey Correction (<see cref="SurveyIntake"/>).
/// </summary>
public sealed class SurveyDialog(SurveyStore store, ReminderSettings settings, TimeProvider clock) : Dialog<SurveyState>(SurveyJsonContext.Default.SurveyState)
{
    public const string DialogId = "survey.call";

    private static readonly IReadOnlyDictionary<string, string> Nothing = new Dictionary<string, string>();

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [SurveyVerbs.Log];

    public override string Title => "the survey call";

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
        Task.FromResult(Next(new SurveyState(Nothing)));

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, SurveyState state, CancellationToken cancellationToken)
    {
        var (texts, tooLong) = FieldLimits.Clip(SurveyForm.Fields.ToDictionary(f => f.Id, f => context.Text(f.Id) ?? "", StringComparer.Ordinal));
        var (call, errors) = SurveyForm.Read(texts);
        if (tooLong.Count > 0 || errors.Count > 0)
        {
            return Stay(new SurveyState(texts, tooLong.Count > 0 ? tooLong : errors));
        }
        var client = await store.FindClientAsync(call.Company, call.Building, cancellationToken);
        if (client is not null)
        {
            call = call with { Company = client.Company, Building = client.Building };
        }
        var now = clock.GetUtcNow();
        var day = LocalTimes.DayIn(now, TimeZones.Find(client?.TimeZone) ?? settings.DefaultZone);
        var key = Key(context.StepToken) ?? throw new DialogStateException("A survey call is logged from its card.");
        var logged = await store.LogAsync(new SurveyLog(key, call, TurnActor.Name(context.Turn), now), day, cancellationToken);
        await context.Output.SendAsync(BotMessage.Plain(Said(call, logged, client is not null)), cancellationToken);
        return call.NeedsCorrection ? BeginChild(IntakePrefill.DialogId, state, SurveyIntake.Prefill(call, client, day).ToOptions()) : Complete();
    }

    /// <summary>Log call pressed again after this survey call ended (a redelivery or a second click): say it is logged, log nothing.</summary>
    protected internal override async Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!context.Is(SurveyVerbs.Log) || Key(context.StepToken) is not { } key || await store.FindCallAsync(key, cancellationToken) is not { } logged)
        {
            return false;
        }
        await context.Output.SendAsync(BotMessage.Plain(Logged(logged.Call, now: false)), cancellationToken);
        return true;
    }

    /// <summary>The call's idempotency key: this dialog and the step token of the submitted card.</summary>
    private static string? Key(string? stepToken) => stepToken is null ? null : $"{DialogId}/{stepToken}";

    /// <summary>The Survey Correction intake ended (created or cancelled): so does the survey call.</summary>
    protected override Task<DialogStep> ResumeAsync(DialogContext context, SurveyState state, DialogResult child, CancellationToken cancellationToken) =>
        Task.FromResult(Complete());

    protected override View Render(SurveyState state)
    {
        return new View("Survey call")
        {
            Blocks =
            [
                new Paragraph("Survey call") { Style = TextStyle.Strong },
                new Paragraph($"Every client every {SurveyRules.EveryMonths} months; a rating of {SurveyRules.CorrectionMaxRating} or below opens a Survey Correction ticket."),
                .. SurveyForm.Render(state),
            ],
            Actions = [new VerbAction("Log call", SurveyVerbs.Log) { Intent = Intent.Primary }, DialogActions.Cancel()],
        };
    }

    private static string Said(SurveyCall call, bool logged, bool known)
    {
        var unknown = known ? "" : " (This client is not in the imported client list; its survey date is not tracked.)";
        var next = call.NeedsCorrection ? $" A rating of {SurveyRules.CorrectionMaxRating} or below is a Survey Correction: the new ticket is pre-filled." : "";
        return Logged(call, logged) + unknown + next;
    }

    private static string Logged(SurveyCall call, bool now) =>
        $"{(now ? "Survey call logged" : "This survey call was already logged")}: {call.Company} · {call.Building}, rating {call.Rating}/10.";
}
