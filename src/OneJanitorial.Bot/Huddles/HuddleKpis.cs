using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// Month-to-date KPIs (SOP "KPIs — Performance Targets"), for the month of <c>today</c> up to it:
/// response within 90 minutes of receipt (a ticket still inside its 90 minutes without an answer is not counted yet);
/// closed within 7 days of the create date (tickets closed this month); worked on the day received (tickets received
/// before today); client concerns (every ticket created this month) ≤ 80; Move to BCO tickets created this month ≤ 20.
/// </summary>
public static class HuddleKpis
{
    public const int MaxClientConcerns = 80;
    public const int MaxBcoMoves = 20;

    public static IReadOnlyList<Kpi> Measure(IReadOnlyList<HuddleTicket> tickets, DateOnly today, DateTimeOffset now, TimeZoneInfo teamZone)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        bool ThisMonth(DateOnly day) => day >= monthStart && day <= today;

        var received = tickets.Where(t => ThisMonth(t.ReceivedDay)).ToList();
        var answerable = received.Where(t => t.History.ClientRespondedAt is not null || now >= t.ReceivedAt + ReminderSettings.ResponseWindow).ToList();
        var inTime = answerable.Count(t => t.History.ClientRespondedAt <= t.ReceivedAt + ReminderSettings.ResponseWindow);

        var closed = tickets.Where(t => t.Ticket.ClosedAt is { } at && ThisMonth(LocalTimes.DayIn(at, teamZone))).ToList();
        var closedInTime = closed.Count(t => LocalTimes.DayIn(t.Ticket.ClosedAt!.Value, teamZone) <= t.Ticket.CreateDate.AddDays(7));

        var fullDays = received.Where(t => t.ReceivedDay < today).ToList();
        var sameDay = fullDays.Count(t => WorkedOn(t, t.ReceivedDay));

        var created = tickets.Where(t => ThisMonth(t.Ticket.CreateDate)).ToList();
        return
        [
            Kpi.Share(KpiName.ResponseWithin90Minutes, inTime, answerable.Count),
            Kpi.Share(KpiName.ClosedWithin7Days, closedInTime, closed.Count),
            Kpi.Share(KpiName.SameDay, sameDay, fullDays.Count),
            Kpi.Ceiling(KpiName.ClientConcerns, created.Count, MaxClientConcerns),
            Kpi.Ceiling(KpiName.BcoMoves, created.Count(t => t.Ticket.Type == TicketType.MoveToBco), MaxBcoMoves),
        ];
    }

    private static bool WorkedOn(HuddleTicket ticket, DateOnly day) =>
        ticket.History.WorkedBefore(Conversation.TimeZones.Scheduled(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ticket.Zone));
}
