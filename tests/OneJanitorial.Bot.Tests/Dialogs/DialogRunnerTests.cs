using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Dialogs;

public sealed class DialogRunnerTests
{
    [Fact]
    public async Task BeginAsync_FromFeature_SendsFirstCardWithStampedButtons()
    {
        await DialogScripts.New()
            .Send("order supplies")
            .ExpectCard((card, text) =>
            {
                Assert.Contains("Which building?", text);
                Assert.All(card.Actions!.OfType<SubmitAction>(), a => Assert.NotNull(a.Data[DialogActions.StepKey]));
            })
            .RunAsync();
    }

    [Fact]
    public async Task ContinueAsync_ValidSubmits_CompletesAndClearsState()
    {
        var script = DialogScripts.New();
        await script
            .AtQuantityStep()
            .Submit(new { quantity = 12 })
            .ExpectCard(card => Assert.Contains(card.Body.OfType<FactSet>().Single().Facts, f => f is { Title: "Cases", Value: "12" }))
            .Press("Place order")
            .ExpectText("Order placed: 12 cases for north.")
            .Do(async s => Assert.Empty(await s.Store.ListAsync("dialogs/", CancellationToken.None)))
            .RunAsync();
    }

    [Fact]
    public async Task ContinueAsync_SubmitOfCurrentStep_ReplacesThePressedCard()
    {
        await DialogScripts.New()
            .Send("order supplies")
            .ExpectReply(r => Assert.False(r.Replaced))
            .Submit(new { building = "south", neededBy = "2026-03-09" })
            .ExpectReply(r => Assert.True(r.Replaced && r.Card is not null))
            .RunAsync();
    }

    [Fact]
    public async Task ContinueAsync_InvalidInput_ShowsSameStepWithErrorAndBackSkipsIt()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Submit(new { quantity = 99 })
            .ExpectCard("Quantity must be 1 to 50.")
            .Press("Back")
            .ExpectCard(card =>
            {
                Assert.Contains("Supply order: where", card.Body.OfType<TextBlock>().First().Text);
                Assert.Equal("north", CardTree.Inputs(card).OfType<ChoiceSetInput>().Single().Value);
            })
            .RunAsync();
    }

    [Fact]
    public async Task Back_AtFirstStep_SaysSoAndShowsIt()
    {
        await DialogScripts.New()
            .Send("order supplies")
            .ExpectCard("Supply order: where")
            .Send("back")
            .ExpectText("first step")
            .ExpectCard("Supply order: where")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_TypedOrPressed_EndsDialogAndClearsState()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Send("Cancel")
            .ExpectText("Cancelled the supply order.")
            .Send("resume")
            .ExpectText("Nothing is in progress")
            .AtQuantityStep()
            .Press("Cancel")
            .ExpectText("Cancelled the supply order.")
            .Do(async s => Assert.Empty(await s.Store.ListAsync("dialogs/", CancellationToken.None)))
            .RunAsync();
    }

    [Fact]
    public async Task Restart_MidDialog_ResumeShowsCurrentStepAndItsCardStillWorks()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Restart()
            .Send("resume")
            .ExpectCard("Supply order: quantity")
            .Restart()
            .Submit(new { quantity = 3 })
            .ExpectCard("Cases")
            .RunAsync();
    }

    [Fact]
    public async Task Continue_TwoUsersInOneChannel_KeepSeparateStacks()
    {
        await DialogScripts.New()
            .InConversation("team-channel", "channel")
            .As("alice").AtQuantityStep()
            .As("bob").Send("order supplies").ExpectCard("Supply order: where")
            .As("alice").Submit(new { quantity = 4 }).ExpectCard("Cases")
            .As("bob").Send("resume").ExpectCard("Supply order: where")
            .Do(async s => Assert.Equal(2, (await s.Store.ListAsync("dialogs/test/team-channel/", CancellationToken.None)).Count))
            .RunAsync();
    }

    [Fact]
    public async Task Continue_SameCardSubmittedTwice_AppliesOnce()
    {
        await DialogScripts.New()
            .Send("order supplies")
            .ExpectCard("Supply order: where")
            .Remember("first")
            .Submit(new { building = "north", neededBy = "2026-03-09" })
            .ExpectCard("Supply order: quantity")
            .Press("Next", new { building = "south", neededBy = "2026-03-10" }, fromCard: "first")
            .ExpectText("out of date")
            .ExpectCard(card => Assert.Contains("quantity", card.Body.OfType<TextBlock>().First().Text))
            .Send("back")
            .ExpectCard(card => Assert.Equal("north", CardTree.Inputs(card).OfType<ChoiceSetInput>().Single().Value))
            .RunAsync();
    }

    [Fact]
    public async Task Continue_CardOfEndedDialog_IsRefused()
    {
        await DialogScripts.New()
            .Send("order supplies")
            .ExpectCard("Supply order: where")
            .Remember("old")
            .Send("cancel")
            .ExpectText("Cancelled")
            .Press("Next", new { building = "north", neededBy = "2026-03-09" }, fromCard: "old")
            .ExpectText("already finished or cancelled")
            .RunAsync();
    }

    [Fact]
    public async Task BeginChild_ChildCompletes_ParentResumesWithResult()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Press("Add note")
            .ExpectCard("Add a note")
            .Submit(new { note = "" })
            .ExpectCard("Type a note.")
            .Submit(new { note = "Leave at the loading dock" })
            .ExpectCard("Note: Leave at the loading dock")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_InChild_ReturnsToParent()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Press("Add note")
            .ExpectCard("Add a note")
            .Press("Cancel")
            .ExpectText("Cancelled the note.")
            .ExpectCard("Note: none")
            .Submit(new { quantity = 2 })
            .ExpectCard("Cases")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_OnCardOfFinishedChild_DoesNotCancelParent()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Press("Add note")
            .ExpectCard("Add a note")
            .Remember("note")
            .Submit(new { note = "dock" })
            .ExpectCard("Note: dock")
            .Press("Cancel", fromCard: "note")
            .ExpectText("out of date")
            .ExpectCard("Supply order: quantity")
            .RunAsync();
    }

    [Fact]
    public async Task BeginAsync_SameDialogInProgress_ShowsWhereUserWas()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Send("order supplies")
            .ExpectText("already have the supply order in progress")
            .ExpectCard("Supply order: quantity")
            .RunAsync();
    }

    [Fact]
    public async Task BeginAsync_OtherDialogInProgress_ReturnsToItAfterwards()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Send("take a note")
            .ExpectCard("Add a note")
            .Submit(new { note = "call back" })
            .ExpectText("Back to the supply order")
            .ExpectCard("Supply order: quantity")
            .RunAsync();
    }

    [Fact]
    public async Task HoldsUnclaimedText_DialogStartedAfterTextWentToTheSop_HoldsTheNextText()
    {
        const string Question = "how long do I have to close a ticket?";
        await DialogScripts.New()
            .Send(Question).ExpectCard((_, text) => Assert.DoesNotContain("Still open", text))
            .Send("order supplies").ExpectCard("Supply order: where")
            .Send(Question).ExpectCard("Still open: the supply order")
            .Send("cancel").ExpectText("Cancelled the supply order.")
            .Send(Question).ExpectCard((_, text) => Assert.DoesNotContain("Still open", text))
            .RunAsync();
    }

    [Fact]
    public async Task HandleAsync_UnreadableStoredState_ClearsItAndSaysSo()
    {
        await DialogScripts.New()
            .Do(s => s.Store.WriteAsync("dialogs/test/conv1/u1", "{\"id\":", null, CancellationToken.None))
            .Send("resume")
            .ExpectText("start again")
            .Do(async s => Assert.Null(await s.Store.ReadAsync("dialogs/test/conv1/u1", CancellationToken.None)))
            .RunAsync();
    }

    [Fact]
    public void Constructor_DuplicateDialogIds_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new DialogRunner([new NoteDialog(), new NoteDialog()], new InMemoryStateStore(), NullLogger<DialogRunner>.Instance));
        Assert.Contains(NoteDialog.DialogId, e.Message);
    }
}
