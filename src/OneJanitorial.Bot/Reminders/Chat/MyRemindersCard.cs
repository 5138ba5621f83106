using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>"my reminders": what is coming up for the user's open tickets, soonest first, in each ticket's local time.</summary>
public static class MyRemindersCard
{
    public const string Title = "Your upcoming reminders";

    public static View Build(IReadOnlyList<Reminder> reminders) => new(Title)
    {
        Blocks =
        [
            new Paragraph(Title) { Style = TextStyle.Heading },
            reminders.Count == 0
                ? new Paragraph("Nothing is coming up for your open tickets.") { Style = TextStyle.Muted }
                : new Facts([.. reminders.Select(r => new Fact(ReminderText.When(r), $"{ReminderText.DueLine(r)} — ticket {r.TicketNumber}"))]),
        ],
    };
}
