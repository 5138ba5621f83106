using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>A ticket with its history and zone, as the huddle reads it.</summary>
public sealed record HuddleTicket(Ticket Ticket, ReminderHistory History, TimeZoneInfo Zone)
{
    public DateTimeOffset ReceivedAt => Ticket.ReceivedAt ?? Ticket.CreatedAt;

    public DateOnly ReceivedDay => LocalTimes.DayIn(ReceivedAt, Zone);

    public bool IsServiceIssue => Ticket.Type.CountsAsServiceIssue();

    /// <summary>The cleaner call happened: the recap went out, or the ticket reached Client Pending Close (Step 5: "all parties contacted").</summary>
    public bool CleanerCalled => Ticket.Stage is TicketStage.ClientPendingClose or TicketStage.ClosedClientTicket
        || History.Events.Any(e => e.Change == TicketChange.RecapSent);

    public bool RecapSent => History.Events.Any(e => e.Change == TicketChange.RecapSent);
}
