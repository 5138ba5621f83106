namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Around the correction clean: the follow-up call, the inspection reminder at the clean's start, and on the next
/// business day at 08:00 the feedback check-in (Template E) with the "solved on the first attempt?" question.
/// </summary>
public static class CleanReminders
{
    public static IEnumerable<Reminder> All(ReminderContext context)
    {
        var note = context.Ticket.Note;
        if (note.FollowUpCallAt is { } call)
        {
            yield return context.Make(ReminderKind.FollowUpCall, call);
        }
        if (NextCleanStart(context) is not { } start)
        {
            yield break;
        }
        yield return context.Make(ReminderKind.InspectionReminder, start);
        var cleanDay = LocalTimes.DayIn(start, context.Zone);
        var checkIn = context.Local(context.Settings.Calendar.AddBusinessDays(cleanDay, 1), ReminderSettings.MorningTime);
        yield return context.Make(ReminderKind.FeedbackCheckIn, checkIn);
        if (note.SolvedOnFirstAttempt is null)
        {
            yield return context.Make(ReminderKind.SolvedFirstAttempt, checkIn);
        }
    }

    /// <summary>The recorded exact start when it is for the master note's next clean date, else that date at the default clean time.</summary>
    public static DateTimeOffset? NextCleanStart(ReminderContext context)
    {
        var date = context.Ticket.Note.NextClean;
        var exact = context.History.NextCleanStart;
        if (exact is { } local && (date is null || DateOnly.FromDateTime(local) == date))
        {
            return Conversation.TimeZones.Scheduled(local, context.Zone);
        }
        return date is { } day ? context.Local(day, context.Settings.DefaultCleanTime) : null;
    }
}
