using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>Sent once per install and on "help": says what the bot does, with the features' offered buttons (<see cref="ActionPlace.Welcome"/>) and Help.</summary>
public static class WelcomeCard
{
    /// <summary>Answered by the core (<see cref="ConversationBot"/>), like the word "help".</summary>
    public static readonly Verb HelpVerb = new("help");

    public const string Summary = "Hi! I'm the One Janitorial CSR assistant.";

    public static View Build(IEnumerable<OfferedAction> offered) => new(Summary)
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
            .. OfferedAction.At(offered, ActionPlace.Welcome),
            new VerbAction("Help", HelpVerb),
        ],
    };
}
