namespace OneJanitorial.Bot.Conversation;

/// <summary>A view that carries buttons of other features (<see cref="OfferedAction"/>).</summary>
public enum ActionPlace
{
    /// <summary>The welcome and help view.</summary>
    Welcome,

    /// <summary>A ticket's card; the button's payload gets the ticket's number under "ticket".</summary>
    Ticket,

    /// <summary>A reminder card; the button's payload gets the reminder's ticket number under "ticket".</summary>
    Reminder,

    /// <summary>Text typed while a dialog is open; the button's payload gets the text under <see cref="OfferedAction.TextKey"/>.</summary>
    TypedText,
}
