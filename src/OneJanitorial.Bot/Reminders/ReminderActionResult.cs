using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>The outcome of a reminder card action, the ticket as it is now, and when a snoozed reminder comes back.</summary>
public sealed record ReminderActionResult(ReminderActionOutcome Outcome, Ticket? Ticket, Reminder? SnoozedTo = null);
