using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>
/// Helpers for the create-once tests: the dialog state in the SQL database (as in production, next to the tickets),
/// a whole intake up to "Check and create", and a press of a card's button sent straight to a bot's services — as
/// Teams delivers it, possibly twice or to another process, possibly into a turn that crashes.
/// </summary>
internal static class IntakeSubmits
{
    /// <summary>The product's state store instead of the script's in-memory one, wrapped so a save can be made to fail.</summary>
    public static void UseSqlState(IServiceCollection services, FaultyStateStore faults)
    {
        services.AddSingleton<IStateStore>(sp => faults.Wrap(new SqlStateStore(sp.GetRequiredService<Database>())));
    }

    /// <summary>From "new ticket" to the "Check and create" card, which <paramref name="keep"/> receives.</summary>
    public static ConversationScript ToConfirm(this ConversationScript script, Action<AdaptiveCard> keep) => script
        .ToCleaner()
        .Submit(IntakeSteps.Cleaner).ExpectCard("R1 — Walmart — Cleaning Issue — Jane Doe")
        .Press("Looks right").ExpectCard("Master note 1/3")
        .Submit(IntakeSteps.NoteIssue).ExpectCard("Master note 2/3")
        .Submit(IntakeSteps.NoteCall).ExpectCard("Master note 3/3")
        .Submit(IntakeSteps.NoteFollowUp).ExpectCard((card, text) =>
        {
            Assert.Contains("Check and create", text);
            keep(card);
        });

    /// <summary>Presses <paramref name="title"/> on <paramref name="card"/> as user u1 (Casey) in conv1, through <paramref name="services"/>' bot.</summary>
    public static async Task<RecordingTurnOutput> PressAsync(IServiceProvider services, AdaptiveCard card, string title, DateTimeOffset at, ITurnOutput? output = null)
    {
        var (action, form) = ScriptButtons.Of(card).First(b => b.Action.Title == title);
        var data = ScriptButtons.Submission(action, form, new Dictionary<string, string>());
        var turn = new IncomingTurn(TurnKind.ViewAction, "test", "conv1", new TurnUser("u1", "Casey"), null, data, at);
        var recording = new RecordingTurnOutput();
        await services.GetRequiredService<ConversationBot>().OnTurnAsync(turn, output ?? recording, CancellationToken.None);
        return recording;
    }

    public static async Task<IReadOnlyList<Ticket>> AllTicketsAsync(IServiceProvider services) =>
        await services.GetRequiredService<TicketService>().ListAsync(new TicketQuery(IncludeClosed: true), CancellationToken.None);

    public static string Said(RecordingTurnOutput output) => string.Join(" | ", output.Sent.Select(m => m.Text));
}
