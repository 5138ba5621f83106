using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>Every button verb of the reminder card (<see cref="ReminderChatFeature"/>); Open ticket is the ticket chat's, offered on <see cref="Conversation.ActionPlace.Reminder"/>.</summary>
public static class ReminderVerbs
{
    public static readonly Verb Done = new("reminder.done");
    public static readonly Verb Snooze = new("reminder.snooze");

    /// <summary>The Yes/No of "Solved on the first attempt?" after Done.</summary>
    public static readonly Verb Answer = new("reminder.answer");
}
