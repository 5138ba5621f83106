using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// The huddle's survey calls (SOP Survey Calls): each rep's clients due for their every-2-months call, and the KPI
/// surveys per rep per day against 4. Pure, in the team's zone.
/// </summary>
public static class SurveyCallPlan
{
    /// <summary>
    /// Each rep's (client owner's) clients whose call is due today or earlier, oldest survey first (never surveyed first
    /// of all), at most 4 a rep less the calls the rep logged today; reps by name.
    /// </summary>
    public static IReadOnlyList<Client> Due(HuddleSurveys surveys, DateOnly today, TimeZoneInfo teamZone)
    {
        var loggedToday = surveys.Calls.Where(c => LocalTimes.DayIn(c.At, teamZone) == today)
            .GroupBy(c => c.Rep, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. surveys.Clients.Where(c => c.DueOn(today) <= today)
            .GroupBy(c => c.Owner, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(c => c.LastSurveyDate ?? DateOnly.MinValue).ThenBy(c => c.Company, StringComparer.Ordinal).ThenBy(c => c.Building, StringComparer.Ordinal)
                .Take(Math.Max(0, SurveyRules.PerRepPerDay - loggedToday.GetValueOrDefault(g.Key))))];
    }

    /// <summary>
    /// Surveys per rep per day, month to date, once a call is logged this month: the calls of the business days before
    /// today over (reps × those days), reps being the client owners and whoever logged a call. None before the first call.
    /// </summary>
    public static IEnumerable<Kpi> Measure(HuddleSurveys surveys, DateOnly today, TimeZoneInfo teamZone, BusinessCalendar calendar)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var days = surveys.Calls.Select(c => LocalTimes.DayIn(c.At, teamZone)).Where(d => d >= monthStart && d <= today).ToList();
        if (days.Count == 0)
        {
            return [];
        }
        var businessDays = 0;
        for (var day = monthStart; day < today; day = day.AddDays(1))
        {
            businessDays += calendar.IsBusinessDay(day) ? 1 : 0;
        }
        var monthCalls = surveys.Calls.Where(c => LocalTimes.DayIn(c.At, teamZone) >= monthStart);
        var reps = surveys.Clients.Select(c => c.Owner).Concat(monthCalls.Select(c => c.Rep)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return [Kpi.PerDay(KpiName.SurveysPerRepPerDay, days.Count(d => d < today), reps * businessDays, SurveyRules.PerRepPerDay)];
    }
}
