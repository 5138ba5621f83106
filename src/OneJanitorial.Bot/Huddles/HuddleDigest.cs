using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The huddle's data: open work, month-to-date KPIs against the SOP targets and the coaching flags; the end of day adds closed today and untouched.</summary>
public sealed record HuddleDigest(
    HuddleKind Kind,
    DateOnly Day,
    IReadOnlyDictionary<TicketStage, int> OpenByStage,
    IReadOnlyDictionary<TicketPriority, int> OpenByPriority,
    IReadOnlyList<TicketMention> DueToday,
    IReadOnlyList<TicketMention> Overdue,
    IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<CoachingFlag> Flags,
    IReadOnlyList<long> ClosedToday,
    IReadOnlyList<long> Untouched)
{
    public int OpenCount => OpenByStage.Values.Sum();

    /// <summary>Morning only: each rep's clients due for their survey call today (<see cref="SurveyCallPlan.Due"/>), by rep.</summary>
    public IReadOnlyList<Surveys.Client> SurveysDue { get; init; } = [];
}
