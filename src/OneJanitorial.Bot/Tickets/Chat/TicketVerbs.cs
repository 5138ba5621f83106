using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Every button verb of the ticket chat: the ticket card and lists (<see cref="TicketChatFeature"/>), the intake and the master note edit (their dialogs).</summary>
public static class TicketVerbs
{
    /// <summary>"New ticket": offers Quick and Full.</summary>
    public static readonly Verb NewTicket = new("ticket.new");

    /// <summary>The full intake (every SOP step).</summary>
    public static readonly Verb StartIntake = new("intake.start");
    public static readonly Verb Show = new("ticket.show");
    public static readonly Verb Mine = new("ticket.mine");
    public static readonly Verb Move = new("ticket.move");
    public static readonly Verb Close = new("ticket.close");
    public static readonly Verb Closure = new("ticket.closure");
    public static readonly Verb SaveClosure = new("ticket.closure.save");
    public static readonly Verb EditNote = new("ticket.note");

    /// <summary>Intake dialog.</summary>
    public static readonly Verb IntakeNext = new("intake.next");
    public static readonly Verb IntakeOverride = new("intake.override");
    public static readonly Verb IntakeCreate = new("intake.create");

    /// <summary>Quick intake dialog (and "new ticket"'s Quick / Full choice).</summary>
    public static readonly Verb StartQuick = new("intake.quick");
    public static readonly Verb QuickNext = new("quick.next");
    public static readonly Verb QuickCreate = new("quick.create");

    /// <summary>Master note dialog.</summary>
    public static readonly Verb SaveNote = new("note.save");
}
