using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>A reminder about to be delivered: the reminder, its ticket as it is now, and whether it is late (the bot was down or busy).</summary>
public sealed record ReminderNotice(Reminder Reminder, Ticket Ticket, bool Late);
