using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>Sent once per install and on "help": says what the bot does and offers the main actions.</summary>
public static class WelcomeCard
{
    public const string HelpVerb = "help";
    public const string NewTicketVerb = "intake.start";

    public const string Summary = "Hi! I'm the One Janitorial CSR assistant.";

    public static View Build() => new(Summary)
    {
        Blocks =
        [
            new Paragraph(Summary) { Style = TextStyle.Heading },
            new Paragraph("Here is what I can do:"),
            new Facts(
            [
                new Fact("Ask", "Any SOP question, e.g. \"when do I move a cleaner to BCO?\""),
                new Fact("Bucket", "\"what bucket is this?\" walks you through the 3-bucket system"),
                new Fact("Tickets", "\"new ticket\", \"ticket 42\", \"my tickets\""),
                new Fact("Recaps", "\"recap 42\" drafts the cleaner recap email"),
                new Fact("Client", "\"client email 42\" (templates A–E), \"review 42\" (may I ask for a review?)"),
            ]),
        ],
        Actions =
        [
            new VerbAction("New ticket", NewTicketVerb) { Intent = Intent.Primary },
            new VerbAction("Help", HelpVerb),
        ],
    };
}
