using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// When Template E goes out: 8:00 AM, the business day after the next clean (where the correction was applied),
/// in the client's time zone, by the ticket rules' <see cref="BusinessCalendar"/> (Monday to Friday minus the given holidays),
/// read as every scheduled time is (<see cref="TimeZones.Scheduled"/>).
/// </summary>
public static class FeedbackCheckInSchedule
{
    public static readonly TimeOnly SendTime = new(8, 0);

    public static DateTimeOffset SendAt(DateOnly nextCleanDate, TimeZoneInfo clientTimeZone, IReadOnlySet<DateOnly>? holidays = null)
    {
        var day = new BusinessCalendar(holidays ?? new HashSet<DateOnly>()).AddBusinessDays(nextCleanDate, 1);
        return TimeZones.Scheduled(day.ToDateTime(SendTime), clientTimeZone);
    }
}
