using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Views;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class TicketCardTests
{
    /// <summary>What the recap feature offers on a ticket card.</summary>
    private static readonly OfferedAction[] Offered = [new(ActionPlace.Ticket, new VerbAction("Recap", RecapVerbs.Regenerate))];

    private static Ticket Ticket(TicketType type = TicketType.R1, TicketStage stage = TicketStage.OpenTicket) => new()
    {
        Number = 42, Type = type, Title = "R1 — Walmart — Cleaning Issue — Jane Doe — $100", Client = "Walmart", Building = "Store 12",
        City = "Toronto", Concern = "Cleaning Issue", Cleaner = "Jane Doe", Owner = "Taylor", Csr = "Casey", Stage = stage, StrikeNumber = 2,
        Note = new MasterNote { Issue = "- Trash not emptied" }, Version = 2,
    };

    [Fact]
    public void Build_OpenTicket_OffersOnlyAllowedMovesAndCloseAndRecap()
    {
        var ticket = Ticket();

        var card = AdaptiveCardRenderer.Render(TicketCard.Build(ticket, ["a", "b"], Offered));

        var stages = Input<ChoiceSetInput>(card, TicketCard.StageInput).Choices.Select(c => c.Value);
        Assert.Equal(TicketStages.AllowedMoves(ticket.Type, ticket.Stage).Select(s => s.ToString()), stages);
        Assert.Equal(["Close", "Closure checklist", "Move", "Master note", "Recap"], CardTree.Actions(card).Select(a => a.Title));
        var recap = Assert.IsType<SubmitAction>(card.Actions![^1]);
        Assert.Equal((RecapVerbs.Regenerate.Name, "42"), (CardData.VerbOf(recap.Data), recap.Data["ticket"]!.ToString()));
    }

    [Fact]
    public void Build_ManyMissing_ListsFirstFiveAndCount()
    {
        var missing = Enumerable.Range(1, 8).Select(i => $"item {i}").ToList();

        var text = Texts(AdaptiveCardRenderer.Render(TicketCard.Build(Ticket(), missing, Offered)));

        Assert.Contains("Missing for closure (8):", text);
        Assert.Contains("• item 5", text);
        Assert.DoesNotContain("• item 6", text);
        Assert.Contains("+3 more", text);
    }

    [Fact]
    public void Build_ClosedTicket_OnlyReopenAndRecap()
    {
        var card = AdaptiveCardRenderer.Render(TicketCard.Build(Ticket(stage: TicketStage.ClosedClientTicket) with { ClosedAt = DateTimeOffset.UnixEpoch }, [], Offered));

        Assert.Equal(["Reopen", "Recap"], CardTree.Actions(card).Select(a => a.Title));
        Assert.Equal("NewSubmission", Assert.Single(Input<ChoiceSetInput>(card, TicketCard.StageInput).Choices).Value);
    }

    [Fact]
    public void MyTickets_OrdersByPriorityThenDueDate()
    {
        var low = Ticket() with { Number = 1, Priority = TicketPriority.Low };
        var urgent = Ticket() with { Number = 2, Priority = TicketPriority.Urgent };

        var card = AdaptiveCardRenderer.Render(MyTicketsCard.Build("Casey", [low, urgent]));

        var buttons = CardTree.Actions(card).Select(a => a.Title).ToList();
        Assert.Equal(["Open #2", "Open #1"], buttons);
        Assert.Contains("Open tickets of Casey (2)", Texts(card));
    }

    [Fact]
    public void ClosureChecklist_RecurringTicket_HasTheSevenDetails()
    {
        var recurring = AdaptiveCardRenderer.Render(ClosureCards.Checklist(Ticket(TicketType.R1), new Dictionary<string, string>()));
        var first = AdaptiveCardRenderer.Render(ClosureCards.Checklist(Ticket(TicketType.NewConcern), new Dictionary<string, string>()));

        var recurringIds = CardTree.Inputs(recurring).Select(i => i.Id).Except(CardTree.Inputs(first).Select(i => i.Id));
        Assert.Equal(7, recurringIds.Count());
        Assert.Equal(["ReviewRequested", "NotEligible", "PendingConfirmation"], Input<ChoiceSetInput>(first, "reviewStatus").Choices.Select(c => c.Value));
        var save = CardTree.Actions(first).OfType<SubmitAction>().First();
        Assert.Equal(("2", "yes"), (save.Data[ClosureCards.VersionKey]!.ToString(), save.Data[ClosureCards.CloseKey]!.ToString()));
    }

    [Fact]
    public void Refusal_ListsEveryMissingItem()
    {
        var ticket = Ticket();
        var missing = ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure);

        var text = Texts(AdaptiveCardRenderer.Render(ClosureCards.Refusal(ticket, missing)));

        Assert.Contains("• " + missing[0], text);
        var masterNote = missing.Count(m => m.StartsWith("Master Note: ", StringComparison.Ordinal));
        Assert.Contains($"• Master Note ({masterNote}): Cleaning Schedule · Checklist Verified (Yes/No) · Why · ", text);
        Assert.Contains("• Recurring issue (7): Date of first occurrence · ", text);
        Assert.All(missing.Select(m => m.Split(": ")[^1].Replace(" is required.", "")), m => Assert.Contains(m.TrimEnd('.'), text));
        // The count is the bullets listed, not the fields behind them.
        var bullets = text.Split('\n').Count(l => l.StartsWith("• ", StringComparison.Ordinal));
        Assert.True(bullets < missing.Count);
        Assert.Contains($"complete these {bullets} items first", text);
    }

    [Fact]
    public void Grouped_FewerThanThreeOfATopic_KeepsThemAsTheyAre()
    {
        string[] missing = ["Client confirmation", "Master Note: Why is required.", "Master Note: Issue Bucket is required.", "Review status set: Pending"];

        Assert.Equal(missing, ClosureCards.Grouped(missing));
    }

    [Fact]
    public void Build_TicketWithBuildingZone_FollowUpInThatZoneAndServiceFacts()
    {
        var ticket = Ticket() with
        {
            TimeZone = "America/Toronto", CleanerEmail = "jane@cleaning.example", ServiceDate = new DateOnly(2026, 11, 20), AttachmentsReceived = true,
            Note = new MasterNote { Issue = "- Trash", FollowUpCallAt = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero) },
        };

        var facts = Facts(AdaptiveCardRenderer.Render(TicketCard.Build(ticket, [], Offered)));

        Assert.Equal("2026-11-26 09:00 (America/Toronto)", facts["Follow-up call"]);
        Assert.Equal("2026-11-20 (attachments received)", facts["Service affected"]);
        Assert.Equal("jane@cleaning.example", facts["Cleaner email"]);
    }

    [Fact]
    public void Build_ServiceIssueWithoutCleanerEmail_SaysWhereToAddIt()
    {
        var facts = Facts(AdaptiveCardRenderer.Render(TicketCard.Build(Ticket(), [], Offered)));

        Assert.Equal("not set: add it under Master note (the recap needs it)", facts["Cleaner email"]);
        Assert.False(facts.ContainsKey("Service affected"));
    }

    private static Dictionary<string, string> Facts(AdaptiveCard card) =>
        CardTree.Elements(card).OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);
}
