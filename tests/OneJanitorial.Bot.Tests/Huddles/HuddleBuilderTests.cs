using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Huddles.SeededHistory;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>Every figure of the digest of <see cref="SeededHistory"/>, worked out by hand in the comments.</summary>
public sealed class HuddleBuilderTests
{
    private static readonly BusinessCalendar Calendar = new(new HashSet<DateOnly>());

    private static HuddleDigest Build(HuddleKind kind, DateTimeOffset now) => HuddleBuilder.Build(SeededHistory.Tickets(), kind, now, Zone, Calendar);

    private static Kpi Kpi(HuddleDigest digest, KpiName name) => Assert.Single(digest.Kpis, k => k.Name == name);

    [Fact]
    public void Build_Morning_OpenWorkByStageAndPriority()
    {
        var digest = Build(HuddleKind.Morning, Morning);

        Assert.Equal(4, digest.OpenCount); // #1 #2 #3 #6
        Assert.Equal(new Dictionary<TicketStage, int> { [TicketStage.NewSubmission] = 2, [TicketStage.OpenTicket] = 1, [TicketStage.ClientPendingClose] = 1 }, digest.OpenByStage);
        Assert.Equal(new Dictionary<TicketPriority, int> { [TicketPriority.Urgent] = 1, [TicketPriority.High] = 1, [TicketPriority.Medium] = 1, [TicketPriority.Low] = 1 }, digest.OpenByPriority);
        Assert.Equal([new TicketMention(3, "Taylor")], digest.DueToday);
        Assert.Equal([new TicketMention(2, "Peter", 1)], digest.Overdue);
    }

    [Fact]
    public void Build_Morning_KpisMonthToDate()
    {
        var digest = Build(HuddleKind.Morning, Morning);

        // #3 was received at 07:00 and is still inside its 90 minutes; in time: #1 60 min, #4 30, #5 60; late: #2 120, #6 none.
        Assert.Equal((3, 5, 60.0), Figures(Kpi(digest, KpiName.ResponseWithin90Minutes)));
        // Closed this month: #4 after 12 days, #5 after 2; #7 closed in October.
        Assert.Equal((1, 2, 50.0), Figures(Kpi(digest, KpiName.ClosedWithin7Days)));
        // Received before today: #1 #2 #4 #5 worked that day; #6 (11-17) not.
        Assert.Equal((4, 5, 80.0), Figures(Kpi(digest, KpiName.SameDay)));
        // Created this month: #1–#6; BCO moves: #3.
        Assert.Equal((6, 80.0, true), (Kpi(digest, KpiName.ClientConcerns).Count, Kpi(digest, KpiName.ClientConcerns).Target, Kpi(digest, KpiName.ClientConcerns).Met!.Value));
        Assert.Equal((1, 20.0, true), (Kpi(digest, KpiName.BcoMoves).Count, Kpi(digest, KpiName.BcoMoves).Target, Kpi(digest, KpiName.BcoMoves).Met!.Value));
    }

    [Fact]
    public void Build_Morning_CoachingFlagsWithTheirTickets()
    {
        var flags = Build(HuddleKind.Morning, Morning).Flags.ToDictionary(f => f.Kind, f => f.Tickets);

        Assert.Equal(new Dictionary<CoachingFlagKind, IReadOnlyList<long>>
        {
            [CoachingFlagKind.ChecklistNotVerified] = [3],
            [CoachingFlagKind.NoBucket] = [3],
            [CoachingFlagKind.TitleParts] = [3],
            [CoachingFlagKind.NoFollowUp] = [2],
            [CoachingFlagKind.NoConsequence] = [2],
            [CoachingFlagKind.MasterNoteIncompleteAtPendingClose] = [2],
            [CoachingFlagKind.RecapNotSent] = [4],
            [CoachingFlagKind.ReviewStatusMissingAtClose] = [4], // #7 closed last month: not this month's coaching
        }, flags);
    }

    [Fact]
    public void Build_EndOfDay_AddsClosedTodayAndUntouchedAndCountsTodaysLateResponse()
    {
        var digest = Build(HuddleKind.EndOfDay, EndOfDay);

        Assert.Equal([5L], digest.ClosedToday);
        Assert.Equal([3L, 6L], digest.Untouched);
        Assert.Equal((3, 6, 50.0), Figures(Kpi(digest, KpiName.ResponseWithin90Minutes))); // #3's 90 minutes ran out unanswered
        Assert.Empty(Build(HuddleKind.Morning, Morning).ClosedToday);
    }

    private static (int Count, int Total, double Actual) Figures(Kpi kpi) => (kpi.Count, kpi.Total, kpi.Actual!.Value);
}
