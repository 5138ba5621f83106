using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>
/// Intakes in progress stored before the intake state was typed (every input kept as its text, by id) still resume:
/// <c>TestData/Tickets/intake-in-progress-values.json</c> is such a state, saved at the cleaner-call card with an
/// unreadable distance, after an override, a "$1,250.50" price and a concern of the CSR's own words.
/// </summary>
public sealed class IntakeSavedStateTests : IDisposable
{
    private const string StateKey = "dialogs/test/conv1/u1";

    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task Resume_StateSavedAsTexts_ShowsWhatWasTypedAndCreatesTheTicket()
    {
        await _scripts.New()
            .Do(async s => await s.Store.WriteAsync(StateKey, SavedState(), null, CancellationToken.None))
            .Send("resume").ExpectCard(card =>
            {
                Assert.Contains("Master note 2/3", Texts(card));
                Assert.Contains("Distance (minutes) must be a whole number from 0 to 1,440.", Texts(card));
                Assert.Equal(("pass", "Owned the miss"), (Input<ChoiceSetInput>(card, "experience").Value, Input<TextInput>(card, "accountabilityWhy").Value));
            })
            .Press("Back").ExpectCard(card =>
            {
                Assert.Equal("- Gum under the desks (service of 2026-02-27)", Input<TextInput>(card, "issue").Value);
                Assert.Equal(("Mon/Wed/Fri evenings", "2"), (Input<TextInput>(card, "cleaningSchedule").Value, Input<ChoiceSetInput>(card, "issueBucket").Value));
            })
            .Do(async s => Assert.Contains("\"draft\"", (await s.Store.ReadAsync(StateKey, CancellationToken.None))!.Json, StringComparison.Ordinal))
            .Submit().ExpectCard("Master note 2/3")
            .Do(async s => Assert.Contains("\"distanceMinutes\":\"twenty\"", (await s.Store.ReadAsync(StateKey, CancellationToken.None))!.Json, StringComparison.Ordinal))
            .Submit(new { distanceMinutes = 20 }).ExpectCard("Master note 3/3")
            .Submit(IntakeSteps.NoteFollowUp).ExpectCard(card =>
            {
                var facts = CardTree.Elements(card).OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);
                Assert.Equal(("2026-03-02 09:00 (America/Toronto) by email", "Low"), (facts["Received"], facts["Priority"]));
            })
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s =>
            {
                var ticket = (await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None))!;
                Assert.Equal(("Gum under the desks", 1250.50m, TicketPriority.Low, "jane@cleaning.example"), (ticket.Concern, ticket.BillingPrice, ticket.Priority, ticket.CleanerEmail));
                Assert.Equal((20, "Partner retrains staff", true), (ticket.Note.CleanerDistanceMinutes, ticket.Note.SolutionAndPrevention, ticket.AttachmentsReceived));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Back_StateSavedAsTexts_CleanerCardShowsThePriceAsTyped()
    {
        var script = _scripts.New()
            .Do(async s => await s.Store.WriteAsync(StateKey, SavedState(), null, CancellationToken.None))
            .Send("resume").ExpectCard("Master note 2/3");
        foreach (var title in new[] { "Master note 1/3", "The ticket (computed", "The ticket (computed" })
        {
            script = script.Press("Back").ExpectCard(title);
        }
        await script
            .Press("Back").ExpectCard(card => Assert.Equal(("Jane Doe", "2026-01-05"), (Input<TextInput>(card, "cleaner").Value, Input<DateInput>(card, "cleanerBuildingStart").Value)))
            .Do(async s => Assert.Contains("\"billingPrice\":\"$1,250.50\"", (await s.Store.ReadAsync(StateKey, CancellationToken.None))!.Json, StringComparison.Ordinal))
            .Submit(new { billingPrice = "$1,250.50" }).ExpectCard("R1 — Walmart — Gum under the desks — Jane Doe — $1,250.50")
            .RunAsync();
    }

    private static string SavedState() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Tickets", "intake-in-progress-values.json"));

    public void Dispose() => _scripts.Dispose();
}
