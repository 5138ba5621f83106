using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>Toward closing: the estimated close date, daily overdue alerts, pending-close after two unanswered attempts, and the one review follow-up.</summary>
public static class ClosingReminders
{
    public static IEnumerable<Reminder> All(ReminderContext context)
    {
        var estClose = context.Ticket.EstCloseDate;
        yield return context.Make(ReminderKind.EstClose, context.Local(estClose, ReminderSettings.EstCloseTime));
        foreach (var overdue in Overdue(context, estClose))
        {
            yield return overdue;
        }
        var attempts = context.History.UnansweredAttemptsSincePendingClose();
        if (context.Ticket.Stage == TicketStage.ClientPendingClose && attempts.Count >= 2)
        {
            var second = TimeZoneInfo.ConvertTime(attempts[1], context.Zone).DateTime;
            var day = context.Settings.Calendar.AddBusinessDays(DateOnly.FromDateTime(second), ReminderSettings.PendingCloseBusinessDays);
            yield return context.Make(ReminderKind.PendingClose, context.Local(day, TimeOnly.FromDateTime(second)));
        }
        foreach (var review in ReviewFollowUp(context))
        {
            yield return review;
        }
    }

    /// <summary>48 hours after the review request, once, unless a review was posted. Closed tickets keep it.</summary>
    public static IEnumerable<Reminder> ReviewFollowUp(ReminderContext context)
    {
        if (context.Ticket.Closure.Review == ReviewStatus.ReviewRequested
            && context.History.ReviewRequestedAt is { } requested
            && !context.History.ReviewWasPosted)
        {
            yield return context.Make(ReminderKind.ReviewFollowUp, requested + ReviewRequestPolicy.FollowUpAfter);
        }
    }

    /// <summary>
    /// 09:00 on each business day after the estimated close date, to the team channel: the latest one already due
    /// (so a missed one is sent once, late) and the next one.
    /// </summary>
    private static IEnumerable<Reminder> Overdue(ReminderContext context, DateOnly estClose)
    {
        var (latestDue, next) = OverdueTimes(context, estClose);
        if (latestDue is { } due)
        {
            yield return context.Make(ReminderKind.Overdue, due, ReminderTarget.Channel);
        }
        yield return context.Make(ReminderKind.Overdue, next, ReminderTarget.Channel);
    }

    /// <summary>
    /// The next overdue alert's instant: until then the overdue alerts derived stay the same; from then on that one is
    /// the latest due and the one after is the next (the only part of the rules that moves with time alone).
    /// </summary>
    public static DateTimeOffset NextOverdue(ReminderContext context) => OverdueTimes(context, context.Ticket.EstCloseDate).Next;

    private static (DateTimeOffset? LatestDue, DateTimeOffset Next) OverdueTimes(ReminderContext context, DateOnly estClose)
    {
        var calendar = context.Settings.Calendar;
        var today = LocalTimes.DayIn(context.Now, context.Zone);
        var day = calendar.AddBusinessDays(estClose > today.AddDays(-10) ? estClose : today.AddDays(-10), 1);
        DateTimeOffset? latestDue = null;
        var at = context.Local(day, ReminderSettings.EstCloseTime);
        while (at <= context.Now)
        {
            latestDue = at;
            day = calendar.AddBusinessDays(day, 1);
            at = context.Local(day, ReminderSettings.EstCloseTime);
        }
        return (latestDue, at);
    }
}
