using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>"New ticket": the quick intake (a phone, after hours: 3 cards) or the full one (every SOP step at a desk).</summary>
public static class NewTicketCard
{
    public static View Build() => new("New ticket: quick or full?")
    {
        Blocks =
        [
            new Paragraph("New ticket") { Style = TextStyle.Heading },
            new Facts(
            [
                new Fact("Quick", $"3 cards for a phone: client, concern, cleaner. The rules compute the ticket; the rest waits for your desk."),
                new Fact("Full", $"Every SOP step ({IntakeCards.StepCount} cards): checklist, cleaner facts, the whole master note."),
            ]),
        ],
        Actions =
        [
            new VerbAction("Quick", TicketVerbs.StartQuick) { Intent = Intent.Primary },
            new VerbAction("Full", TicketVerbs.StartIntake),
        ],
    };
}
