namespace OneJanitorial.Bot.Tickets;

/// <summary>Business days: Monday to Friday, except configured holidays.</summary>
public sealed class BusinessCalendar(IReadOnlySet<DateOnly> holidays)
{
    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>The date itself when it is a business day, otherwise the next one.</summary>
    public DateOnly OnOrNextBusinessDay(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }

    public DateOnly AddBusinessDays(DateOnly date, int days)
    {
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                added++;
            }
        }
        return date;
    }

    /// <summary>The date itself when it is a business day, otherwise the closest earlier one not before <paramref name="floor"/>.</summary>
    public DateOnly OnOrPreviousBusinessDay(DateOnly date, DateOnly floor)
    {
        while (!IsBusinessDay(date) && date > floor)
        {
            date = date.AddDays(-1);
        }
        return date;
    }
}
