using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The huddle views with sample figures, for <c>cards export</c> and the card contract tests.</summary>
public static class HuddleSamples
{
    public static IReadOnlyList<ViewSample> All() =>
    [
        new("huddle.morning", () => HuddleView.Build(Digest(HuddleKind.Morning))),
        new("huddle.end-of-day", () => HuddleView.Build(Digest(HuddleKind.EndOfDay))),
    ];

    private static HuddleDigest Digest(HuddleKind kind) => new(
        kind,
        new DateOnly(2026, 11, 18),
        new Dictionary<TicketStage, int> { [TicketStage.NewSubmission] = 2, [TicketStage.OpenTicket] = 1, [TicketStage.ClientPendingClose] = 1 },
        new Dictionary<TicketPriority, int> { [TicketPriority.Urgent] = 1, [TicketPriority.High] = 1, [TicketPriority.Medium] = 1, [TicketPriority.Low] = 1 },
        [new TicketMention(3, "Taylor")],
        [new TicketMention(2, "Peter", 1)],
        [
            Kpi.Share(KpiName.ResponseWithin90Minutes, 3, 6), Kpi.Share(KpiName.ClosedWithin7Days, 1, 2), Kpi.Share(KpiName.SameDay, 4, 5),
            Kpi.Ceiling(KpiName.ClientConcerns, 6, 80), Kpi.Ceiling(KpiName.BcoMoves, 1, 20),
        ],
        [new CoachingFlag(CoachingFlagKind.ChecklistNotVerified, [3]), new CoachingFlag(CoachingFlagKind.NoFollowUp, [2])],
        kind == HuddleKind.EndOfDay ? [5] : [],
        kind == HuddleKind.EndOfDay ? [3, 6] : []);
}
