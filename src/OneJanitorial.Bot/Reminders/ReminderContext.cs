using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>What every reminder rule reads: the ticket, its history, the settings, the ticket's zone and the current instant.</summary>
public sealed record ReminderContext(Ticket Ticket, ReminderHistory History, ReminderSettings Settings, TimeZoneInfo Zone, DateTimeOffset Now)
{
    /// <summary>When the client reported it; imported tickets have only their creation time.</summary>
    public DateTimeOffset ReceivedAt => Ticket.ReceivedAt ?? Ticket.CreatedAt;

    public DateOnly ReceivedDay => LocalTimes.DayIn(ReceivedAt, Zone);

    public DateTimeOffset Local(DateOnly date, TimeOnly time) => Conversation.TimeZones.Scheduled(date.ToDateTime(time), Zone);

    public Reminder Make(ReminderKind kind, DateTimeOffset due, ReminderTarget target = ReminderTarget.Owner) =>
        Reminder.At(Ticket.Number, kind, due, Zone, target);
}
