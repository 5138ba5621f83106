using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>
/// The reminder as a card that works on a phone: what is due and when, the ticket's title, the one action the SOP asks
/// for, and Done / Snooze 1 h / Snooze to 8 AM next business day / Open ticket. Each button carries the reminder's key.
/// </summary>
public static class ReminderCard
{
    public const string DoneVerb = "reminder.done";
    public const string SnoozeVerb = "reminder.snooze";
    public const string AnswerVerb = "reminder.answer";
    public const string ReminderKey = "reminder";
    public const string SnoozeKey = "snooze";
    public const string AnswerKey = "answer";

    /// <summary>The message a channel posts: the card, with <paramref name="line"/> (authored markup: who it is for, what is due) in front in a shared channel.</summary>
    public static BotMessage Message(ReminderNotice notice, string? line = null) => BotMessage.WithView(Build(notice), line);

    public static View Build(ReminderNotice notice)
    {
        var reminder = notice.Reminder;
        var late = notice.Late ? " · sent late: the bot was not running when it was due" : "";
        return new View($"⏰ {ReminderText.DueLine(reminder)} — {ReminderText.Title(notice.Ticket)}")
        {
            Blocks =
            [
                new Paragraph($"⏰ {ReminderText.DueLine(reminder)}") { Style = TextStyle.Heading, Tone = notice.Late ? Tone.Warning : Tone.Default },
                new Paragraph(ReminderText.When(reminder) + late) { Style = TextStyle.Caption, Tight = true },
                new Paragraph(ReminderText.Title(notice.Ticket)) { Style = TextStyle.Strong },
                new Section([new Paragraph(ReminderText.Action(reminder.Kind))]) { Emphasis = true },
            ],
            Actions =
            [
                Button("Done", DoneVerb, reminder) with { Intent = Intent.Primary },
                Button("Snooze 1 h", SnoozeVerb, reminder, (SnoozeKey, SnoozeChoice.OneHour.Name())),
                Button("Snooze to 8 AM next business day", SnoozeVerb, reminder, (SnoozeKey, SnoozeChoice.NextMorning.Name())),
                TicketCard.ShowButton(notice.Ticket.Number, "Open ticket"),
            ],
        };
    }

    /// <summary>Done on <c>solved-first-attempt</c>: the Step 4 question, answered with Yes or No into the master note.</summary>
    public static View Question(Ticket ticket, Reminder reminder) => new($"Was the problem solved on the first attempt? — {ReminderText.Title(ticket)}")
    {
        Blocks =
        [
            new Paragraph("Was the problem solved on the first attempt?") { Style = TextStyle.Heading },
            new Paragraph(ReminderText.Title(ticket)) { Style = TextStyle.Strong },
            new Paragraph("The answer goes into the master note (Step 4: Solved on First Attempt).") { Style = TextStyle.Caption },
        ],
        Actions =
        [
            Button("Yes", AnswerVerb, reminder, (AnswerKey, "yes")) with { Intent = Intent.Primary },
            Button("No", AnswerVerb, reminder, (AnswerKey, "no")),
            TicketCard.ShowButton(ticket.Number, "Open ticket"),
        ],
    };

    /// <summary>The card once acted on: what happened, by whom, and no buttons but Open ticket (so it cannot be pressed again).</summary>
    public static View Acted(Ticket ticket, ReminderKind kind, string outcome) => new($"{outcome} — {ReminderText.Title(ticket)}")
    {
        Blocks =
        [
            new Paragraph(ReminderText.DueLine(kind)) { Style = TextStyle.Caption },
            new Paragraph(ReminderText.Title(ticket)) { Style = TextStyle.Strong },
            new Paragraph(outcome) { Tone = Tone.Good },
        ],
        Actions = [TicketCard.ShowButton(ticket.Number, "Open ticket")],
    };

    private static VerbAction Button(string title, string verb, Reminder reminder, params (string Key, string? Value)[] more) =>
        new(title, verb) { Payload = Payload.Of([(ReminderKey, reminder.Key), .. more]) };
}
