using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The due reminders of one ticket, as a pure function of the ticket, its event history, the settings and the
/// current instant. Derived again whenever the ticket changes: a moved follow-up moves its reminder, a closed ticket
/// keeps only its review follow-up, a Done drops a reminder and a Snooze moves it.
/// </summary>
public static class ReminderRules
{
    public static IReadOnlyList<Reminder> Derive(Ticket ticket, IReadOnlyList<TicketEvent> events, ReminderSettings settings, DateTimeOffset now)
    {
        var history = new ReminderHistory(events);
        var zone = ZoneOf(ticket, settings);
        var context = new ReminderContext(ticket, history, settings, zone, now);
        var derived = ticket.IsClosed
            ? ClosingReminders.ReviewFollowUp(context)
            : ResponseReminders.All(context).Concat(CleanReminders.All(context)).Concat(ClosingReminders.All(context));
        return [.. derived
            .Select(r => AfterActions(r, history, zone))
            .OfType<Reminder>()
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.DueUtc)
            .ThenBy(r => r.Kind)];
    }

    /// <summary>
    /// The first instant after <paramref name="now"/> at which <see cref="Derive"/> can answer differently for the same
    /// ticket and events (time alone moves the overdue alerts, <see cref="ClosingReminders.NextOverdue"/>); null when
    /// it never does (a closed ticket keeps only its review follow-up, fixed by its history).
    /// </summary>
    public static DateTimeOffset? ChangesAt(Ticket ticket, ReminderSettings settings, DateTimeOffset now) =>
        ticket.IsClosed ? null : ClosingReminders.NextOverdue(new ReminderContext(ticket, new ReminderHistory([]), settings, ZoneOf(ticket, settings), now));

    /// <summary>The zone the ticket's reminders are read in: the building's, else <c>Reminders:DefaultTimeZone</c>.</summary>
    public static TimeZoneInfo ZoneOf(Ticket ticket, ReminderSettings settings) => TimeZones.Find(ticket.TimeZone) ?? settings.DefaultZone;

    private static Reminder? AfterActions(Reminder reminder, ReminderHistory history, TimeZoneInfo zone)
    {
        var (due, done) = history.Follow(reminder.Kind, reminder.DueUtc);
        return done ? null
            : due == reminder.DueUtc ? reminder
            : Reminder.At(reminder.TicketNumber, reminder.Kind, due, zone, reminder.Target);
    }
}
