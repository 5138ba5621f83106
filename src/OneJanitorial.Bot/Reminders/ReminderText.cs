using System.Globalization;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>The reminder as words any channel can show: what is due, when (the reader's local time), the ticket, and the one SOP action.</summary>
public static class ReminderText
{
    private static readonly Dictionary<ReminderKind, (string Due, string Action)> Lines = new()
    {
        [ReminderKind.ClientResponse] = ("Client response due", "Respond to the client now: the first response is due within 90 minutes of the ticket."),
        [ReminderKind.SameDay] = ("Not worked yet today", "Work the ticket today: call the cleaner or update the master note; every ticket is worked and responded to the day received."),
        [ReminderKind.FollowUpCall] = ("Follow-up call", "Make the scheduled follow-up call with the cleaner (check their time zone)."),
        [ReminderKind.InspectionReminder] = ("The next clean starts", "Send the cleaner the inspection reminder now, at the time of cleaning."),
        [ReminderKind.FeedbackCheckIn] = ("Feedback check-in", "Send the client Template E (feedback check-in) this morning."),
        [ReminderKind.SolvedFirstAttempt] = ("Solved on the first attempt?", "Record in the master note whether the problem was solved on the first attempt."),
        [ReminderKind.EstClose] = ("Estimated close date", "Close the ticket today or confirm the plan: a ticket is never open longer than 7 days."),
        [ReminderKind.Overdue] = ("Overdue", "Past its estimated close date: close it or escalate to the Service Manager today."),
        [ReminderKind.ReviewFollowUp] = ("Review follow-up", "Send the one review follow-up as a new standalone email; no further follow-ups."),
        [ReminderKind.PendingClose] = ("No answer after 2 attempts", "Close with proof of resolution: no client response after two attempts (Step 5)."),
        [ReminderKind.OnCall] = ("Urgent after hours", "Call the client immediately (Missed Cleans Policy) and work the ticket now."),
        [ReminderKind.MorningHuddle] = ("Morning huddle", "The team's open work, KPIs and coaching points for the morning meeting."),
        [ReminderKind.EndOfDayHuddle] = ("End-of-day huddle", "What closed today and what is still untouched, for the end-of-day meeting."),
    };

    public static string DueLine(Reminder reminder) => DueLine(reminder.Kind);

    public static string DueLine(ReminderKind kind) => Lines[kind].Due;

    public static string Action(ReminderKind kind) => Lines[kind].Action;

    /// <summary>"8:00 AM Fri, Nov 20 (America/Edmonton)".</summary>
    public static string When(Reminder reminder) =>
        reminder.DueLocal.ToString("h:mm tt ddd, MMM d", CultureInfo.InvariantCulture) + $" ({reminder.TimeZone})";

    public static string Title(Ticket ticket) => $"Ticket {ticket.Number}: {ticket.Title}";
}
