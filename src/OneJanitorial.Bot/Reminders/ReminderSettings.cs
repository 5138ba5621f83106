using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>The configurable inputs of <see cref="ReminderRules"/> (from <see cref="RemindersOptions"/> and the ticket holidays), kept apart so the rules stay pure.</summary>
public sealed record ReminderSettings(
    BusinessCalendar Calendar,
    TimeOnly DefaultCleanTime,
    TimeZoneInfo DefaultZone,
    TimeOnly BusinessStart,
    TimeOnly BusinessEnd)
{
    public static readonly TimeOnly SameDayTime = new(16, 0);
    public static readonly TimeOnly MorningTime = new(8, 0);
    public static readonly TimeOnly EstCloseTime = new(9, 0);
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromMinutes(90);
    public const int PendingCloseBusinessDays = 2;

    public static ReminderSettings From(RemindersOptions reminders, TicketsOptions tickets) => new(
        new BusinessCalendar(tickets.Holidays.ToHashSet()),
        reminders.DefaultCleanTime,
        TimeZoneInfo.FindSystemTimeZoneById(reminders.DefaultTimeZone),
        reminders.BusinessHours.Start,
        reminders.BusinessHours.End);
}
