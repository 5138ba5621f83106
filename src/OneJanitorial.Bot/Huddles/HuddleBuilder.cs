using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// Builds the digest from the tickets and their histories as of <c>now</c> in the team's zone: open tickets (and
/// those closed this month, for the KPIs and flags). Pure: the tests check every figure by hand.
/// </summary>
public static class HuddleBuilder
{
    public static HuddleDigest Build(
        IReadOnlyList<HuddleTicket> tickets, HuddleKind kind, DateTimeOffset now, TimeZoneInfo teamZone, BusinessCalendar calendar, HuddleSurveys? surveys = null)
    {
        surveys ??= HuddleSurveys.None;
        var today = LocalTimes.DayIn(now, teamZone);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var inPlay = tickets.Where(t => !t.Ticket.IsClosed || t.Ticket.ClosedAt is { } at && LocalTimes.DayIn(at, teamZone) >= monthStart).ToList();
        var open = inPlay.Where(t => !t.Ticket.IsClosed).Select(t => t.Ticket).ToList();
        var endOfDay = kind == HuddleKind.EndOfDay;
        return new HuddleDigest(
            kind,
            today,
            open.GroupBy(t => t.Stage).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            open.GroupBy(t => t.Priority).OrderByDescending(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            [.. open.Where(t => t.EstCloseDate == today).OrderBy(t => t.Number).Select(t => new TicketMention(t.Number, t.Owner))],
            [.. open.Where(t => t.EstCloseDate < today).OrderBy(t => t.EstCloseDate).ThenBy(t => t.Number)
                .Select(t => new TicketMention(t.Number, t.Owner, BusinessDaysBetween(calendar, t.EstCloseDate, today)))],
            [.. HuddleKpis.Measure(tickets, today, now, teamZone), .. SurveyCallPlan.Measure(surveys, today, teamZone, calendar)],
            CoachingFlags.Find(inPlay),
            endOfDay ? [.. inPlay.Where(t => t.Ticket.ClosedAt is { } at && LocalTimes.DayIn(at, teamZone) == today).Select(t => t.Ticket.Number).Order()] : [],
            endOfDay ? [.. inPlay.Where(t => !t.Ticket.IsClosed && !t.History.WorkedBefore(now)).Select(t => t.Ticket.Number).Order()] : [])
        {
            SurveysDue = endOfDay ? [] : SurveyCallPlan.Due(surveys, today, teamZone),
        };
    }

    private static int BusinessDaysBetween(BusinessCalendar calendar, DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            days += calendar.IsBusinessDay(day) ? 1 : 0;
        }
        return days;
    }
}
