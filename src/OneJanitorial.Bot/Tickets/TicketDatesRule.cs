using static System.FormattableString;

namespace OneJanitorial.Bot.Tickets;

/// <summary>SOP Step 3 create date and estimated close date, and the KPI "Tickets Closed Within 7 Days Max".</summary>
public static class TicketDatesRule
{
    public const int MaxDaysToClose = 7;

    /// <summary>The calendar day the ticket arrived, in the company's time zone.</summary>
    public static DateOnly ReceivedDate(DateTimeOffset receivedAt, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, timeZone).DateTime);

    public static (DateOnly CreateDate, RuleApplied Rule) CreateDate(DateOnly receivedDate, BusinessCalendar calendar)
    {
        var create = calendar.OnOrNextBusinessDay(receivedDate);
        var why = create == receivedDate
            ? Invariant($"received {receivedDate:yyyy-MM-dd}, a business day")
            : Invariant($"received {receivedDate:yyyy-MM-dd} ({receivedDate.DayOfWeek}, weekend or holiday) → next business day");
        return (create, new RuleApplied("create-date", SopRef.Step3, Invariant($"{create:yyyy-MM-dd}: {why}")));
    }

    /// <summary>
    /// Create date plus the configured business days, never more than 7 calendar days later (a cap that lands on a
    /// weekend or holiday moves back to the previous business day). Weekend-only buildings close on the Monday after
    /// the coming weekend's clean, which is never more than 7 days after a business-day create date.
    /// </summary>
    public static (DateOnly EstCloseDate, RuleApplied Rule) EstCloseDate(
        DateOnly createDate, TicketPriority priority, bool weekendOnlyCleaning, TicketRuleSettings settings, BusinessCalendar calendar)
    {
        if (weekendOnlyCleaning)
        {
            var monday = NextMondayAfterWeekend(createDate);
            return (monday, Rule(monday, "weekend-only cleaning: the Monday after the next weekend clean", SopRef.KpiClose));
        }
        var days = priority == TicketPriority.Urgent ? settings.UrgentEstCloseBusinessDays : settings.EstCloseBusinessDays;
        var planned = calendar.AddBusinessDays(createDate, days);
        var cap = createDate.AddDays(MaxDaysToClose);
        if (planned <= cap)
        {
            return (planned, Rule(planned, $"create date + {days} business days (never longer than 7 days)", SopRef.Step3));
        }
        var capped = calendar.OnOrPreviousBusinessDay(cap, createDate);
        return (capped, Rule(capped, $"create date + {days} business days passes the 7-day limit: capped", SopRef.KpiClose));
    }

    private static DateOnly NextMondayAfterWeekend(DateOnly date)
    {
        var saturday = date.AddDays(((int)DayOfWeek.Saturday - (int)date.DayOfWeek + 7) % 7);
        return saturday.AddDays(2);
    }

    private static RuleApplied Rule(DateOnly date, string why, string sop) =>
        new("est-close-date", sop, Invariant($"{date:yyyy-MM-dd}: {why}"));
}
