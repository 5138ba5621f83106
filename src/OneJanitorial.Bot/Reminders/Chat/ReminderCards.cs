using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>
/// The reminder as a card that works on a phone: what is due and when, the ticket's title, the one action the SOP asks
/// for; Done with the buttons other features offer on a reminder (<see cref="ActionPlace.Reminder"/>: the ticket chat's
/// Open ticket), then Snooze 1 h and Tomorrow 8 AM (08:00 on the next business day in the ticket's zone). Each of its
/// own buttons carries the reminder's key.
/// </summary>
public sealed class ReminderCards(IEnumerable<OfferedAction> offered)
{
    public const string ReminderKey = "reminder";
    public const string SnoozeKey = "snooze";
    public const string AnswerKey = "answer";

    /// <summary>Where <see cref="ActionPlace.Reminder"/> puts the ticket's number in an offered button's payload.</summary>
    private const string TicketKey = "ticket";

    private readonly IReadOnlyList<VerbAction> _offered = [.. OfferedAction.At(offered, ActionPlace.Reminder)];

    /// <summary>The message a channel posts: the card, with <paramref name="line"/> (authored markup: who it is for, what is due) in front in a shared channel.</summary>
    public BotMessage Message(ReminderNotice notice, string? line = null) => BotMessage.WithView(Build(notice), line);

    public View Build(ReminderNotice notice)
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
                new Buttons([Button("Done", ReminderVerbs.Done, reminder) with { Intent = Intent.Primary }, .. Offered(notice.Ticket.Number)]),
            ],
            // Short titles, two to a row: a phone shows a row of four as "Snoo…".
            Actions =
            [
                Button("Snooze 1 h", ReminderVerbs.Snooze, reminder, (SnoozeKey, SnoozeChoice.OneHour.Name())),
                Button("Tomorrow 8 AM", ReminderVerbs.Snooze, reminder, (SnoozeKey, SnoozeChoice.NextMorning.Name())),
            ],
        };
    }

    /// <summary>Done on <c>solved-first-attempt</c>: the Step 4 question, answered with Yes or No into the master note.</summary>
    public View Question(Ticket ticket, Reminder reminder) => new($"Was the problem solved on the first attempt? — {ReminderText.Title(ticket)}")
    {
        Blocks =
        [
            new Paragraph("Was the problem solved on the first attempt?") { Style = TextStyle.Heading },
            new Paragraph(ReminderText.Title(ticket)) { Style = TextStyle.Strong },
            new Paragraph("The answer goes into the master note (Step 4: Solved on First Attempt).") { Style = TextStyle.Caption },
        ],
        Actions =
        [
            Button("Yes", ReminderVerbs.Answer, reminder, (AnswerKey, "yes")) with { Intent = Intent.Primary },
            Button("No", ReminderVerbs.Answer, reminder, (AnswerKey, "no")),
            .. Offered(ticket.Number),
        ],
    };

    /// <summary>The card once acted on: what happened and by whom, with no button of its own left to press again.</summary>
    public View Acted(Ticket ticket, ReminderKind kind, string outcome) => new($"{outcome} — {ReminderText.Title(ticket)}")
    {
        Blocks =
        [
            new Paragraph(ReminderText.DueLine(kind)) { Style = TextStyle.Caption },
            new Paragraph(ReminderText.Title(ticket)) { Style = TextStyle.Strong },
            new Paragraph(outcome) { Tone = Tone.Good },
        ],
        Actions = [.. Offered(ticket.Number)],
    };

    private IEnumerable<ViewAction> Offered(long ticket) =>
        _offered.Select(a => a with { Payload = new Dictionary<string, string>(a.Payload, StringComparer.Ordinal) { [TicketKey] = ticket.ToString(System.Globalization.CultureInfo.InvariantCulture) } });

    private static VerbAction Button(string title, Verb verb, Reminder reminder, params (string Key, string? Value)[] more) =>
        new(title, verb) { Payload = Payload.Of([(ReminderKey, reminder.Key), .. more]) };
}
