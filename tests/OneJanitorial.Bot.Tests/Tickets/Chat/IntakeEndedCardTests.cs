using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>What a CSR sees around an intake's edges: its old cards after the ticket exists, and the zone it starts in.</summary>
public sealed class IntakeEndedCardTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task Press_CardOfAnIntakeThatCreatedItsTicket_OffersToOpenTheTicket()
    {
        AdaptiveCard? confirm = null;
        await _scripts.New()
            .ToConfirm(card => confirm = card)
            .Remember("confirm")
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Press("Back", fromCard: "confirm").ExpectCard("Ticket 1 was already created — open it?")
            .Press("Open ticket 1").ExpectCard("Missing for closure")
            .RunAsync();
    }

    [Fact]
    public async Task Press_TwoIntakesOnOneDialogStack_EachEndedCardOffersItsOwnTicket()
    {
        await _scripts.New()
            .Send("survey").SkipReplies() // open below both intakes: the dialog stack (and its id) stays between them
            .ToConfirm(_ => { }).Remember("first")
            .Press("Create").ExpectText("Ticket 1 created").SkipReplies()
            .ToConfirm(_ => { }).Remember("second")
            .Press("Create").ExpectText("Ticket 2 created").SkipReplies()
            .Press("Back", fromCard: "second").ExpectCard("Ticket 2 was already created — open it?")
            .Press("Back", fromCard: "first").ExpectCard("Ticket 1 was already created — open it?")
            .Press("Create", fromCard: "second").ExpectText("Ticket 2 created").ExpectCard("Ticket #2 created")
            .RunAsync();
    }

    [Fact]
    public async Task Begin_NoZoneFromTheChannel_BuildingZoneIsTheTeamsConfiguredZone()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard(card =>
                Assert.Equal("America/Toronto", CardTree.Inputs(card).OfType<ChoiceSetInput>().Single(i => i.Id == "timeZone").Value))
            .RunAsync();
    }

    public void Dispose() => _scripts.Dispose();
}
