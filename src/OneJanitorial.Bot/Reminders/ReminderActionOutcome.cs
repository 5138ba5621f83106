namespace OneJanitorial.Bot.Reminders;

/// <summary>What a Done, Snooze or answer on a reminder card did.</summary>
public enum ReminderActionOutcome
{
    /// <summary>Recorded on the ticket history (with the note or client response it stands for).</summary>
    Recorded,

    /// <summary>"Solved on the first attempt?" needs its Yes/No before Done can be recorded; nothing was recorded.</summary>
    NeedsAnswer,

    /// <summary>Someone already pressed Done on this reminder (a double click or a redelivery); nothing recorded twice.</summary>
    AlreadyDone,

    /// <summary>This card's reminder was already snoozed; it comes back at the recorded time, nothing recorded twice.</summary>
    AlreadySnoozed,

    TicketNotFound,

    /// <summary>The ticket kept changing under the action; nothing was recorded.</summary>
    Busy,
}
