namespace OneJanitorial.Bot.Huddles;

/// <summary>How KPIs and coaching flags are named: a kebab-case id for JSON and the words the huddle shows.</summary>
public static class HuddleNames
{
    private static readonly Dictionary<KpiName, (string Id, string Label)> Kpis = new()
    {
        [KpiName.ResponseWithin90Minutes] = ("response-within-90-minutes", "Response within 90 min"),
        [KpiName.ClosedWithin7Days] = ("closed-within-7-days", "Closed within 7 days"),
        [KpiName.SameDay] = ("same-day", "Worked the day received"),
        [KpiName.ClientConcerns] = ("client-concerns", "Client concerns"),
        [KpiName.BcoMoves] = ("bco-moves", "BCO moves"),
        [KpiName.SurveysPerRepPerDay] = ("surveys-per-rep-per-day", "Surveys per rep per day"),
    };

    private static readonly Dictionary<CoachingFlagKind, (string Id, string Label)> Flags = new()
    {
        [CoachingFlagKind.ChecklistNotVerified] = ("checklist-not-verified", "Checklist not verified before the cleaner call (Step 1B)"),
        [CoachingFlagKind.NoBucket] = ("no-bucket", "No bucket assigned"),
        [CoachingFlagKind.TitleParts] = ("title-parts", "Ticket title parts wrong or missing"),
        [CoachingFlagKind.NoFollowUp] = ("no-follow-up", "No follow-up date/time set"),
        [CoachingFlagKind.NoConsequence] = ("no-consequence", "Consequence not stated"),
        [CoachingFlagKind.MasterNoteIncompleteAtPendingClose] = ("master-note-incomplete", "Master note incomplete at Client Pending Close"),
        [CoachingFlagKind.RecapNotSent] = ("recap-not-sent", "Recap not sent / \"Agreed\" not recorded"),
        [CoachingFlagKind.ReviewStatusMissingAtClose] = ("review-status-missing", "Review status missing at close"),
    };

    public static string Id(this KpiName name) => Kpis[name].Id;

    public static string Label(this KpiName name) => Kpis[name].Label;

    public static string Id(this CoachingFlagKind kind) => Flags[kind].Id;

    public static string Label(this CoachingFlagKind kind) => Flags[kind].Label;
}
