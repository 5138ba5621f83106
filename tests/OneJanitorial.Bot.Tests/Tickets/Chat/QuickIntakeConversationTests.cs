using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>The quick intake (a phone, after hours): few cards and taps, the same rules and store as the full intake.</summary>
public sealed class QuickIntakeConversationTests : IDisposable
{
    private static readonly Dictionary<string, string> Client = new() { ["client"] = "Walmart", ["building"] = "Walmart Store 12", ["city"] = "Toronto" };
    private static readonly Dictionary<string, string> Concern = new() { ["concern"] = "Cleaning Issue", ["issue"] = "Trash not emptied in the kitchen" };
    private static readonly Dictionary<string, string> Cleaner = new()
    {
        ["cleaner"] = "Jane Doe", ["cleanerBuildingStart"] = "2026-01-05", ["contractStart"] = "2025-06-01", ["billingPrice"] = "100",
    };

    private readonly TicketChatScripts _scripts = new();
    private int _cards;
    private int _inputs;

    [Fact]
    public async Task QuickIntake_ThreeCardsTwelveInputs_CreatesTheTicketTheFullIntakePlans()
    {
        TicketPlan? second = null;
        await _scripts.New()
            .Send("new ticket").ExpectCard(card => Assert.Equal(["Quick", "Full"], card.Actions!.Select(a => a.Title)))
            // A first ticket for Jane Doe: the second one's type comes from her 3-month history.
            .Press("Quick").ExpectCard("Quick ticket · 1/3")
            .Press("Phone", Client).ExpectCard("2/3")
            .Press("Yes, in scope", Concern).ExpectCard("3/3")
            .Press("No — create", Cleaner).ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s => second = await FullIntakePlanAsync(s))
            // The second, counted: every card the CSR sees and every input or tap.
            .Send("quick ticket").ExpectCard(Counted("Quick ticket · 1/3"))
            .Press("Phone", Inputs(Client)).ExpectCard(Counted("The concern"))
            .Press("Yes, in scope", Inputs(Concern)).ExpectCard(Counted("The cleaner"))
            .Press("No — create", Inputs(Cleaner)).ExpectText("Ticket 2 created").ExpectCard(Counted("Ticket #2 created"))
            .Do(async s =>
            {
                Assert.True(_cards <= 4, $"{_cards} cards");
                Assert.True(_inputs <= 12, $"{_inputs} inputs and taps");
                var ticket = (await s.Services.GetRequiredService<TicketService>().GetAsync(2, CancellationToken.None))!;
                Assert.Equal(TicketType.R1, ticket.Type);
                Assert.Equal(
                    (second!.Type, second.Title, second.Priority, second.CreateDate, second.EstCloseDate, second.StrikeNumber, second.NewInBuilding, second.StartedLast90Days, second.Owner, second.Bucket),
                    (ticket.Type, ticket.Title, ticket.Priority, ticket.CreateDate, ticket.EstCloseDate, ticket.StrikeNumber, ticket.NewInBuilding, ticket.StartedLast90Days, ticket.Owner, ticket.Bucket));
                Assert.Equal("- Cleaning Issue\n- Trash not emptied in the kitchen", ticket.Note.Issue);
                Assert.True(ticket.Note.ChecklistVerified);
                Assert.Equal("Casey", ticket.Csr);
            })
            .Send("ticket 2").ExpectCard((_, text) =>
            {
                Assert.Contains("to complete at your desk", text);
                Assert.Contains("Cleaner's email", text);
            })
            .RunAsync();
    }

    [Fact]
    public async Task QuickIntake_MissingInputs_SaysWhatOnTheSameCard()
    {
        await _scripts.New()
            .Send("quick ticket").ExpectCard("1/3")
            .Press("Email", new { client = "Walmart" }).ExpectCard((_, text) => Assert.Contains("Building name is required.", text))
            .Send("cancel").ExpectText("Cancelled the quick ticket.")
            .RunAsync();
    }

    [Fact]
    public async Task QuickIntake_CreatePressedAgainAfterTheTicket_SameTicketNoSecond()
    {
        await _scripts.New()
            .Send("quick ticket").ExpectCard("1/3")
            .Press("Phone", Client).ExpectCard("2/3")
            .Press("Yes, in scope", Concern).ExpectCard("3/3").Remember("cleaner")
            .Press("No — create", Cleaner).ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            // A redelivered or double-tapped Create: the same answer, nothing stored again.
            .Press("No — create", Cleaner, fromCard: "cleaner").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s => Assert.Null(await s.Services.GetRequiredService<TicketService>().GetAsync(2, CancellationToken.None)))
            .RunAsync();
    }

    [Fact]
    public async Task QuickIntake_CreateRedeliveredWhileItsCardIsCurrent_SameTicketAndPlanNoReplanning()
    {
        var faults = new FaultyStateStore();
        CallCounter<ITicketStore> store = null!;
        OneJanitorial.Bot.Channels.Teams.Cards.AdaptiveCard cleaner = null!;
        await _scripts.New(s =>
            {
                faults.WrapIn(s);
                s.AddSingleton(sp => { var (proxy, calls) = CallCounter<ITicketStore>.Wrap(ActivatorUtilities.CreateInstance<SqlTicketStore>(sp)); store = calls; return proxy; });
            })
            .Send("quick ticket").ExpectCard("1/3")
            .Press("Phone", Client).ExpectCard("2/3")
            .Press("Yes, in scope", Concern).ExpectCard(card => cleaner = card, "3/3")
            .Do(async s =>
            {
                // The first Create stores the ticket; the second (a double tap, a redelivery) read the dialog before the
                // first saved it, so for it the Create card is still the current one.
                faults.DropNextDialogSave();
                Assert.Contains("Ticket 1 created", IntakeSubmits.Said(await PressCreateAsync(s, cleaner)), StringComparison.Ordinal);
                var first = Assert.Single(await IntakeSubmits.AllTicketsAsync(s.Services));
                var plans = store.Count(nameof(ITicketStore.CleanerHistoryAsync));

                var again = await PressCreateAsync(s, cleaner);

                var ticket = Assert.Single(await IntakeSubmits.AllTicketsAsync(s.Services));
                Assert.Equal((first.Number, first.Type, first.Priority, first.Note.ServiceIssuesPast3Months), (ticket.Number, ticket.Type, ticket.Priority, ticket.Note.ServiceIssuesPast3Months));
                Assert.Contains($"Ticket {first.Number} created", IntakeSubmits.Said(again), StringComparison.Ordinal);
                Assert.Equal(plans, store.Count(nameof(ITicketStore.CleanerHistoryAsync))); // answered by the intake key before any planning
            })
            .RunAsync();
    }

    [Fact]
    public async Task QuickIntake_ReportThatFillsTheIssue_SaidOnTheConcernCardAndNoNoteOverTheLimit()
    {
        var full = new Dictionary<string, string>(Concern) { ["issue"] = new string('x', FieldLimits.Long) };
        var most = new Dictionary<string, string>(Concern) { ["issue"] = new string('x', FieldLimits.Long - 100) };
        await _scripts.New()
            .Send("quick ticket").ExpectCard("1/3")
            .Press("Phone", Client).ExpectCard("2/3")
            .Press("Yes, in scope", full).ExpectCard((_, text) => Assert.Contains("the Issue would have 4,019 characters: keep it to 4,000", text))
            .Press("Yes, in scope", most).ExpectCard("3/3")
            .Send("the lobby glass was smudged as well, and the mats by the door were not vacuumed, the client said twice")
            .ExpectCard("Still open").Press("Add to notes").ExpectText("Nothing was added").ExpectCard("3/3")
            .Press("No — create", Cleaner).ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s =>
            {
                var issue = (await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None))!.Note.Issue!;
                Assert.Equal("- Cleaning Issue\n- " + new string('x', FieldLimits.Long - 100), issue);
            })
            .RunAsync();
    }

    private static async Task<RecordingTurnOutput> PressCreateAsync(ConversationScript s, OneJanitorial.Bot.Channels.Teams.Cards.AdaptiveCard card)
    {
        var (action, form) = ScriptButtons.Of(card).First(b => b.Action.Title == "No — create");
        var turn = new IncomingTurn(TurnKind.ViewAction, "test", "conv1", new TurnUser("u1", "Casey"), null, ScriptButtons.Submission(action, form, Cleaner), s.Clock.GetUtcNow());
        var output = new RecordingTurnOutput();
        await s.Services.GetRequiredService<ConversationBot>().OnTurnAsync(turn, output, CancellationToken.None);
        return output;
    }

    /// <summary>What the full intake's rules plan for the same facts (its own reading of the inputs, as of now).</summary>
    private static async Task<TicketPlan> FullIntakePlanAsync(ConversationScript s)
    {
        var texts = new Dictionary<string, string>(Client)
        {
            ["timeZone"] = "America/Toronto", ["source"] = "phone", ["receivedDate"] = "2026-03-02", ["receivedTime"] = "09:00",
            ["category"] = "service-issue", ["inScope"] = "yes", ["concern"] = "Cleaning Issue", ["cleanerInBco"] = "no",
        };
        foreach (var (key, value) in Cleaner)
        {
            texts[key] = value;
        }
        var intake = IntakeForm.ToIntake(IntakeState.FromTexts(IntakeStep.Cleaner, texts).Draft)!;
        return (await s.Services.GetRequiredService<TicketService>().PlanAsync(intake, CancellationToken.None)).Plan!;
    }

    private Dictionary<string, string> Inputs(Dictionary<string, string> inputs)
    {
        _inputs += inputs.Count + 1; // the typed inputs and the button that answers the card's question
        return inputs;
    }

    private Action<OneJanitorial.Bot.Channels.Teams.Cards.AdaptiveCard, string> Counted(params string[] contains) => (_, text) =>
    {
        _cards++;
        Assert.Contains(contains, c => text.Contains(c, StringComparison.Ordinal));
    };

    public void Dispose() => _scripts.Dispose();
}
