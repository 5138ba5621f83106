using System.Globalization;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The computed ticket (SOP Steps 2–3) and the card to override it with a reason.</summary>
public static class PlanCards
{
    public const string RulesId = "plan-rules";

    public static View Plan(IntakeState state, TicketPlan plan) => IntakeCards.Card(6, "The ticket (computed by the SOP rules)", state,
    [
        new Paragraph(plan.Title) { Style = TextStyle.Strong },
        .. MissedClean(state),
        new Facts(Facts(plan)),
        .. Overridden(state.Overrides),
        // Next to the facts they are about, so the bottom row stays the usual three buttons on a phone.
        new Buttons(
        [
            new VerbAction("Override", TicketVerbs.IntakeOverride),
            new RevealAction("Rules applied", RulesId),
        ]),
        new Detail(RulesId, [.. plan.Rules.Select(r => new Paragraph($"{r.Sop}: {r.Decision}") { Style = TextStyle.Caption })]),
    ],
    [IntakeCards.Next("Looks right")]);

    public static View Override(IntakeState state, TicketPlan plan) => IntakeCards.Card(6, "Override the computed ticket", state,
    [
        new Paragraph("Change only what the rules got wrong; the reason is recorded on the ticket.") { Style = TextStyle.Caption },
        .. IntakeTable.Override(plan).Render(state.Fields()),
    ],
    [IntakeCards.Next("Apply")]);

    public static IReadOnlyList<Fact> Facts(TicketPlan plan) =>
    [
        new("Type", $"{plan.Type.Name()} [{plan.Badge}]"),
        new("Priority", plan.Priority.ToString()),
        new("Create date", Iso(plan.CreateDate)),
        new("Est. close", Iso(plan.EstCloseDate)),
        new("Strike", plan.Type.CountsAsServiceIssue() ? $"{plan.StrikeNumber} of 3 (3-month window)" : "not a strike"),
        new("Bucket", plan.Bucket is { } b ? $"{b.Code()} — Process {b.Process()}" : "set after the cleaner call"),
        new("Owner", plan.Owner),
        new("New in building", plan.NewInBuilding ? "Yes" : "No"),
        new("Started last 90 days", plan.StartedLast90Days ? "Yes" : "No"),
        new("Stage", plan.Stage.Name()),
    ];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SOP Missed Cleans Policy: not handled like a standard service issue, the client is called first.</summary>
    private static IEnumerable<Block> MissedClean(IntakeState state) =>
        ConcernKinds.Classify(IntakeForm.ConcernText(state.Draft) ?? "") == ConcernKind.MissedClean
            ? [new Paragraph("Missed clean: call the client immediately. It triggers a removal review (Missed Cleans Policy).") { Style = TextStyle.Strong, Tone = Tone.Attention }]
            : [];

    private static IEnumerable<Block> Overridden(IReadOnlyList<PlanOverride>? overrides) =>
        overrides is not { Count: > 0 }
            ? []
            : [new Paragraph("Overridden: " + string.Join("; ", overrides.Select(o => $"{o.Field} → {o.Value} ({o.Reason})"))) { Style = TextStyle.Small, Tone = Tone.Warning }];
}
