using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// When Template E goes out: 8:00 AM, the business day after the next clean (where the correction was applied),
/// in the client's time zone, by the ticket rules' <see cref="BusinessCalendar"/> (Monday to Friday minus the given holidays).
/// </summary>
public static class FeedbackCheckInSchedule
{
    public static readonly TimeOnly SendTime = new(8, 0);

    public static DateTimeOffset SendAt(DateOnly nextCleanDate, TimeZoneInfo clientTimeZone, IReadOnlySet<DateOnly>? holidays = null)
    {
        var day = new BusinessCalendar(holidays ?? new HashSet<DateOnly>()).AddBusinessDays(nextCleanDate, 1);
        var local = day.ToDateTime(SendTime);
        // 8:00 never falls in a DST gap in North America; elsewhere, send at the first valid minute after it.
        while (clientTimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        return new DateTimeOffset(local, clientTimeZone.GetUtcOffset(local));
    }
}
