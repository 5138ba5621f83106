using System.Globalization;
using OneJanitorial.Bot.Cards;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The computed ticket (SOP Steps 2–3) and the card to override it with a reason.</summary>
public static class PlanCards
{
    public const string RulesId = "plan-rules";

    public static AdaptiveCard Plan(IntakeState state, TicketPlan plan) => IntakeCards.Card(6, "The ticket (computed by the SOP rules)", state,
    [
        new TextBlock(CardText.Escape(plan.Title)) { Weight = "Bolder" },
        .. MissedClean(state),
        new FactSet(Facts(plan)),
        .. Overridden(state.Overrides),
        // Next to the facts they are about, so the bottom row stays the usual three buttons on a phone.
        new ActionSet(
        [
            new SubmitAction("Override", CardData.For(IntakeCards.OverrideVerb)),
            new ToggleVisibilityAction("Rules applied", [RulesId]),
        ]),
        new Container([.. plan.Rules.Select(r => new TextBlock($"{r.Sop}: {CardText.Escape(r.Decision)}") { Size = "Small", IsSubtle = true })]) { Id = RulesId, IsVisible = false },
    ],
    [new SubmitAction("Looks right", CardData.For(IntakeCards.NextVerb))]);

    public static AdaptiveCard Override(IntakeState state, TicketPlan plan)
    {
        var f = IntakeCards.Fields(state);
        return IntakeCards.Card(6, "Override the computed ticket", state,
        [
            new TextBlock("Change only what the rules got wrong; the reason is recorded on the ticket.") { IsSubtle = true, Size = "Small" },
            .. f.Choice(OverrideType, $"Ticket type (computed: {plan.Type.Name()})", [.. TicketTypes.All.Select(t => new Choice(t.Name(), t.ToString()))]),
            .. f.Choice(OverridePriority, $"Priority (computed: {plan.Priority})", [.. Enum.GetValues<TicketPriority>().Select(p => new Choice(p.ToString(), p.ToString()))]),
            .. f.Date(OverrideEstClose, $"Est. close (max {Iso(plan.CreateDate.AddDays(TicketDatesRule.MaxDaysToClose))})"),
            .. f.Text(OverrideOwner, $"Owner (computed: {plan.Owner})"),
            .. f.Text(OverrideReason, "Reason for the override", required: true),
        ],
        [new SubmitAction("Apply", CardData.For(IntakeCards.NextVerb))]);
    }

    public static IReadOnlyList<Fact> Facts(TicketPlan plan) =>
    [
        new("Type", $"{plan.Type.Name()} [{plan.Badge}]"),
        new("Priority", plan.Priority.ToString()),
        new("Create date", Iso(plan.CreateDate)),
        new("Est. close", Iso(plan.EstCloseDate)),
        new("Strike", plan.Type.CountsAsServiceIssue() ? $"{plan.StrikeNumber} of 3 (3-month window)" : "not a strike"),
        new("Bucket", plan.Bucket is { } b ? $"{b.Code()} — Process {b.Process()}" : "set after the cleaner call"),
        new("Owner", CardText.Escape(plan.Owner)),
        new("New in building", plan.NewInBuilding ? "Yes" : "No"),
        new("Started last 90 days", plan.StartedLast90Days ? "Yes" : "No"),
        new("Stage", plan.Stage.Name()),
    ];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SOP Missed Cleans Policy: not handled like a standard service issue, the client is called first.</summary>
    private static IEnumerable<CardElement> MissedClean(IntakeState state) =>
        ConcernKinds.Classify(IntakeForm.ConcernText(new FormReader(state.Values)) ?? "") == ConcernKind.MissedClean
            ? [new TextBlock("Missed clean: call the client immediately. It triggers a removal review (Missed Cleans Policy).") { Color = "Attention", Weight = "Bolder" }]
            : [];

    private static IEnumerable<CardElement> Overridden(IReadOnlyList<PlanOverride>? overrides) =>
        overrides is not { Count: > 0 }
            ? []
            : [new TextBlock("Overridden: " + CardText.Escape(string.Join("; ", overrides.Select(o => $"{o.Field} → {o.Value} ({o.Reason})")))) { Color = "Warning", Size = "Small" }];
}
