using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class IntakeConversationTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task Intake_WholeSopFlowThenClosureGate_CreatesWorksAndClosesTicket()
    {
        await _scripts.New()
            // Cancel an intake, then start again from scratch.
            .Send("full ticket").ExpectCard("Step 1 — Initial review")
            .Send("cancel").ExpectText("Cancelled the new ticket")
            // Step 1 with a validation error shown next to the input, on the same card.
            .Send("full ticket").ExpectCard("Step 1 — Initial review")
            .Submit(new { client = "", building = "Walmart Store 12", city = "Toronto", timeZone = "America/Toronto" })
            .ExpectCard(card => Assert.Contains("Client name is required.", Texts(card)))
            .Submit(new { client = "Walmart" }).ExpectCard(card =>
            {
                // Received defaults to now in the building's time zone (14:00 UTC = 09:00 Toronto).
                Assert.Equal("2026-03-02", Input<DateInput>(card, "receivedDate").Value);
                Assert.Equal("09:00", Input<TimeInput>(card, "receivedTime").Value);
            })
            .Submit(IntakeSteps.Concern).ExpectCard("Service issue or client update")
            .Submit(new { category = "service-issue" }).ExpectCard("Step 1B")
            // Step 1B: not in scope → Bucket 3A path, pricing choice required.
            .Submit(new { inScope = "no" }).ExpectCard("Do NOT call the cleaner yet")
            .Submit(new { under15 = "needs-pricing" }).ExpectCard("Record the client's choice")
            .Submit(new { under15 = "needs-pricing", pricing = "one-time" }).ExpectCard("Cleaner facts")
            // Back through the 3A card to the checklist: in scope after all.
            .Press("Back").ExpectCard("Do NOT call the cleaner yet")
            .Press("Back").ExpectCard("Step 1B")
            .Submit(new { inScope = "yes" }).ExpectCard("Cleaner facts")
            // A restart keeps the intake; "resume" shows where the CSR was.
            .Restart()
            .Send("resume").ExpectCard("Cleaner facts")
            .Submit(IntakeSteps.Cleaner).ExpectCard((card, text) =>
            {
                Assert.Contains("R1 — Walmart — Cleaning Issue — Jane Doe — $100", Texts(card));
                Assert.Contains("2 of 3", text);
            })
            // Override with a reason (without one it is refused).
            .Press("Override").ExpectCard("Override the computed ticket")
            .Submit(new { overridePriority = "Urgent" }).ExpectCard("needs a reason")
            .Submit(new { overridePriority = "Urgent", overrideReason = "Client threatened to cancel" }).ExpectCard("Overridden: Priority → Urgent")
            .Press("Looks right").ExpectCard("Master note 1/3")
            .Submit(IntakeSteps.NoteIssue).ExpectCard("Master note 2/3")
            .Submit(IntakeSteps.NoteCall).ExpectCard("Master note 3/3")
            .Submit(IntakeSteps.NoteFollowUp).ExpectCard("Check and create")
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Equal((TicketType.R1, TicketPriority.Urgent, "Casey"), (ticket!.Type, ticket.Priority, ticket.Csr));
                var history = await s.Services.GetRequiredService<ITicketStore>().EventsAsync(1, CancellationToken.None);
                Assert.Contains(history, e => e.Change == TicketChange.Override && e.Reason == "Client threatened to cancel");
            })
            // Working the ticket.
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Move", new { stage = "OpenTicket" }).ExpectCard("Open Ticket").ExpectText("moved to Open Ticket")
            .Press("Close").ExpectText("can't be closed yet").ExpectCard(card =>
            {
                var text = Texts(card);
                Assert.Contains("• Review status set: Review Requested / Not Eligible / Pending Confirmation", text);
                Assert.Contains("• Master Note: Was Problem Solved on First Attempt is required.", text);
                Assert.Contains("• Recurring issue (7): Date of first occurrence", text);
                Assert.DoesNotContain("Master Note: Issue is required.", text);
            })
            .Press("Checklist").ExpectCard("closure checklist")
            .Press("Close", Closure(review: "NotEligible")).ExpectCard("Not Eligible needs a reason.")
            .Press("Close", Closure(review: "NotEligible", reason: "Client sounded tense on the call"))
            .ExpectCard(card => Assert.Contains("Closed", Texts(card)))
            .ExpectText("Ticket 1 closed.")
            .Send("my tickets").ExpectCard("Open tickets of Casey (0)")
            .RunAsync();
    }

    [Fact]
    public async Task Intake_ReceivedAtATimeTheClocksSkip_CardSaysSoAtTheTime()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Submit(IntakeSteps.Review).ExpectCard("The concern")
            .Submit(new { concern = "Cleaning Issue", serviceDate = "2025-03-08", source = "email", receivedDate = "2025-03-09", receivedTime = "02:30" })
            .ExpectCard(card =>
            {
                Assert.Contains("The concern", Texts(card));
                Assert.Contains("02:30 on 2025-03-09 does not exist in America/Toronto (the clocks skip it).", Texts(card));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Intake_FollowUpCallAtATimeTheClocksSkip_CardSaysSoAtTheTime()
    {
        await _scripts.New()
            .ToCleaner()
            .Submit(IntakeSteps.Cleaner).ExpectCard("computed by the SOP rules")
            .Press("Looks right").ExpectCard("Master note 1/3")
            .Submit(IntakeSteps.NoteIssue).ExpectCard("Master note 2/3")
            .Submit(IntakeSteps.NoteCall).ExpectCard("Master note 3/3")
            .Submit(new { nextClean = "2026-03-04", solvedBy = "2026-03-04", followUpDate = "2026-03-08", followUpTime = "02:30", buildingCount = 4 })
            .ExpectCard(card =>
            {
                Assert.Contains("Master note 3/3", Texts(card));
                Assert.Contains("02:30 on 2026-03-08 does not exist in America/Toronto (the clocks skip it).", Texts(card));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Intake_TwoCsrsInOneChannel_KeepSeparateIntakes()
    {
        await _scripts.New()
            .InConversation("team-channel", "channel")
            .As("u1", "Casey").Send("full ticket").ExpectCard("Initial review")
            .Submit(IntakeSteps.Review).ExpectCard("The concern")
            .As("u2", "Robin").Send("full ticket").ExpectCard("Initial review")
            .Submit(IntakeSteps.Review).ExpectCard("The concern")
            .Send("cancel").ExpectText("Cancelled the new ticket")
            .As("u1", "Casey").Send("resume").ExpectCard("The concern")
            .Send("full ticket").ExpectText("You already have the new ticket in progress").ExpectCard("The concern")
            .Submit(IntakeSteps.Concern).ExpectCard("Service issue or client update")
            .RunAsync();
    }

    [Fact]
    public async Task Intake_UserTimeZoneKnown_DefaultsBuildingZoneAndReceivedTime()
    {
        await _scripts.New()
            .InTimeZone("America/Vancouver")
            .Send("full ticket").ExpectCard(card => Assert.Equal("America/Vancouver", Input<ChoiceSetInput>(card, "timeZone").Value))
            .Submit(new { client = "Acme", building = "Tower A", city = "Vancouver" })
            .ExpectCard(card => Assert.Equal("06:00", Input<TimeInput>(card, "receivedTime").Value))
            .RunAsync();
    }

    [Fact]
    public async Task WelcomeButton_NewTicket_OffersQuickAndFull()
    {
        await _scripts.New()
            .Send("help").ExpectText(WelcomeCard.Summary).ExpectCard("New ticket")
            .Press("New ticket").ExpectCard("Quick")
            .Press("Full").ExpectCard("Step 1 — Initial review")
            .RunAsync();
    }

    private static object Closure(string review, string? reason = null) => new
    {
        clientConfirmation = "ClientConfirmedResolved",
        solvedFirstAttempt = "yes",
        rootCauseDocumented = true,
        managementTagged = true,
        longTermPlan = true,
        reviewStatus = review,
        notEligibleReason = reason ?? "",
        firstOccurrence = "2026-01-20",
        originalPlan = "Checklist reminder; staff changed",
        whyFailedAgain = "No inspection after the clean",
        cleanerExplanation = "Did not supervise the new staff",
        performanceReview = "2 issues in 6 months, both kitchen",
        accountabilityTaken = "Yes, partner owned it",
        removalDecision = "Keep: meets the Avatar, supervision plan in place",
    };

    internal static string Texts(AdaptiveCard card) => string.Join("\n", CardTree.Elements(card).OfType<TextBlock>().Select(t => t.Text));

    internal static T Input<T>(AdaptiveCard card, string id) where T : CardInput => CardTree.Inputs(card).OfType<T>().Single(i => i.Id == id);

    public void Dispose() => _scripts.Dispose();
}
