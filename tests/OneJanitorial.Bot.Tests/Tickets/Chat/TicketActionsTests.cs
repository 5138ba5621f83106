using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class TicketActionsTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    /// <summary>Stores a New Concern ticket (1st strike) for Jane Doe in Toronto (owner Taylor) created by <paramref name="csr"/>.</summary>
    private static async Task<Ticket> SeedAsync(ConversationScript script, string csr = "Casey", MasterNote? note = null)
    {
        var service = script.Services.GetRequiredService<TicketService>();
        var intake = Intakes.Valid();
        var plan = (await service.PlanAsync(intake, CancellationToken.None)).Plan!;
        var result = await service.CreateAsync(intake, plan, note ?? new MasterNote { ChecklistVerified = true, Issue = "- Trash" }, [], csr, CancellationToken.None);
        return result.Ticket!;
    }

    [Fact]
    public async Task Show_UnknownTicket_SaysSo()
    {
        await _scripts.New().Send("ticket 99").ExpectText("I can't find ticket 99.").RunAsync();
    }

    [Fact]
    public async Task MyTickets_CreatedByOrOwnedByTheUser_ListedOnce()
    {
        var script = _scripts.New();
        await script
            .Do(async s => await SeedAsync(s, csr: "Casey"))
            .Do(async s => await SeedAsync(s, csr: "Robin"))
            .Do(async s => await SeedAsync(s, csr: "Taylor"))
            .As("u3", "Taylor").Send("my tickets").ExpectCard(card =>
            {
                // Taylor owns all three (Toronto) and created one of them: three rows, not four.
                Assert.Contains("Open tickets of Taylor (3)", Texts(card));
            })
            .As("u1", "Casey").Send("show my tickets").ExpectCard("Open tickets of Casey (1)")
            .RunAsync();
    }

    [Fact]
    public async Task Move_NotAllowedStage_RefusedWithTheAllowedOnes()
    {
        await _scripts.New()
            .Do(async s => await SeedAsync(s))
            .Send("ticket 1").ExpectCard("New Submission")
            .Press("Move", new { stage = "ClientExtraService" })
            .ExpectText("cannot move from New Submission to Client Extra Service; allowed: Open Ticket, Client Pending Close")
            .RunAsync();
    }

    [Fact]
    public async Task SaveChecklist_TicketChangedSinceCardOpened_NothingSaved()
    {
        await _scripts.New()
            .Do(async s => await SeedAsync(s))
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Closure checklist").ExpectCard("closure checklist")
            .Remember("checklist")
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Move", new { stage = "OpenTicket" }).ExpectCard("Open Ticket").ExpectText("moved")
            .Press("Save", new { reviewStatus = "PendingConfirmation" }, fromCard: "checklist")
            .ExpectText("changed since that checklist was opened; nothing was saved").ExpectCard("closure checklist")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Null(ticket!.Closure.Review);
            })
            .RunAsync();
    }

    [Fact]
    public async Task SaveChecklist_Valid_StoresItAndShowsWhatIsStillMissing()
    {
        await _scripts.New()
            .Do(async s => await SeedAsync(s, note: Notes.Complete() with { SolvedOnFirstAttempt = null }))
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Closure checklist").ExpectCard("closure checklist")
            .Press("Save", new { clientConfirmation = "ClientConfirmedResolved", solvedFirstAttempt = "yes", reviewStatus = "PendingConfirmation" })
            .ExpectCard(card =>
            {
                Assert.Contains("• Root-cause accountability documented", Texts(card));
                Assert.DoesNotContain("Review status set", Texts(card));
            })
            .ExpectText("Closure checklist of ticket 1 saved.")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Equal((ReviewStatus.PendingConfirmation, true), (ticket!.Closure.Review, ticket.Note.SolvedOnFirstAttempt));
            })
            .RunAsync();
    }

    [Fact]
    public async Task SaveChecklist_ImportedTicketWithEmptyNote_SolvedOnFirstAttemptStoredWithTheClosure()
    {
        await _scripts.New()
            .Do(NoteEditConversationTests.ImportAsync)
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Closure checklist").ExpectCard("closure checklist")
            .Press("Save", new { clientConfirmation = "ClientConfirmedResolved", solvedFirstAttempt = "yes", reviewStatus = "PendingConfirmation" })
            .ExpectCard("Missing for closure")
            .ExpectText("Closure checklist of ticket 1 saved.")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Equal((ReviewStatus.PendingConfirmation, true), (ticket!.Closure.Review, ticket.Note.SolvedOnFirstAttempt));
            })
            .RunAsync();
    }

    [Fact]
    public async Task EditMasterNote_ThreeCards_SavesTheNote()
    {
        await _scripts.New()
            .Do(async s => await SeedAsync(s))
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Master note").ExpectCard("Ticket #1 · Master note 1/3")
            .Submit(new { issue = "" }).ExpectCard("Issue is required.")
            .Submit(IntakeSteps.NoteIssue).ExpectCard("Master note 2/3")
            .Submit(new { distanceMinutes = "-3" }).ExpectCard("Distance (minutes) must be a whole number from 0 to 1,440.")
            .Submit(IntakeSteps.NoteCall).ExpectCard("Master note 3/3")
            .Submit(IntakeSteps.NoteFollowUp).ExpectText("Master note of ticket 1 saved.").ExpectCard("Partner retrains staff")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Equal(("New staff skipped the kitchen", 20, 4), (ticket!.Note.Why, ticket.Note.CleanerDistanceMinutes, ticket.Note.BuildingCount));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Intake_CleanerStartAfterReceived_ErrorNextToTheInput()
    {
        await _scripts.New()
            .ToCleaner()
            .Submit(new { cleaner = "Jane Doe", cleanerBuildingStart = "2026-03-10", contractStart = "2025-06-01", cleanerInBco = "no", billingPrice = 100 })
            .ExpectCard(card =>
            {
                var text = Texts(card);
                Assert.Contains("The cleaner's start date is after the day received (2026-03-02).", text);
                Assert.Contains("Cleaner facts", text);
            })
            .RunAsync();
    }

    [Fact]
    public async Task Intake_ExtraService_SkipsTheScopeCheck()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Submit(IntakeSteps.Review).ExpectCard("The concern")
            .Submit(IntakeSteps.Concern).ExpectCard("Service issue or client update")
            .Submit(new { category = "extra-service" }).ExpectCard("Cleaner facts")
            .Submit(IntakeSteps.Cleaner).ExpectCard("Extra Service — Walmart")
            .Send("cancel").ExpectText("Cancelled")
            .RunAsync();
    }

    public void Dispose() => _scripts.Dispose();
}
