using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>The first hours of a ticket: the 90-minute client response, same-day work, and the after-hours on-call alert.</summary>
public static class ResponseReminders
{
    public static IEnumerable<Reminder> All(ReminderContext context)
    {
        if (context.History.ClientRespondedAt is null)
        {
            // KPIs: "Initial response to client within 90 minutes".
            yield return context.Make(ReminderKind.ClientResponse, context.ReceivedAt + ReminderSettings.ResponseWindow);
        }
        // KPIs: "worked and responded to the day received"; received after 16:00 → due at once.
        var fourPm = context.Local(context.ReceivedDay, ReminderSettings.SameDayTime);
        var sameDay = fourPm > context.ReceivedAt ? fourPm : context.ReceivedAt;
        if (!context.History.WorkedBefore(sameDay))
        {
            yield return context.Make(ReminderKind.SameDay, sameDay);
        }
        if (NeedsOnCall(context))
        {
            yield return context.Make(ReminderKind.OnCall, context.ReceivedAt, ReminderTarget.OnCall);
        }
    }

    /// <summary>An Urgent missed clean, unlocked doors, alarm not set or cancelling client, received outside business hours.</summary>
    public static bool NeedsOnCall(ReminderContext context)
    {
        var ticket = context.Ticket;
        if (ticket.Priority != TicketPriority.Urgent || !IsOnCallConcern(ticket))
        {
            return false;
        }
        var local = TimeZoneInfo.ConvertTime(context.ReceivedAt, context.Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return !context.Settings.Calendar.IsBusinessDay(DateOnly.FromDateTime(local.DateTime))
            || time < context.Settings.BusinessStart
            || time >= context.Settings.BusinessEnd;
    }

    private static bool IsOnCallConcern(Ticket ticket) =>
        ticket.Type == TicketType.CancellingClient
        || ConcernKinds.Classify(ticket.Concern) is ConcernKind.MissedClean or ConcernKind.UnlockedDoors or ConcernKind.AlarmNotSet;
}
