using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>Text typed while a dialog is open, and cancel with dialogs stacked: nothing goes elsewhere unasked.</summary>
public sealed class IntakeFreeTextConversationTests : IDisposable
{
    private const string Smudged = "client also said the lobby glass was smudged";

    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task FreeText_MidIntakeAddedToNotes_JoinsTheIssueOfTheCreatedTicket()
    {
        await _scripts.New()
            .ToCleaner()
            .Send(Smudged).ExpectCard((card, text) =>
            {
                Assert.Contains("Still open: the new ticket, step 5 of 10 (Cleaner facts (CRM))", text);
                Assert.Contains(Smudged, text);
                Assert.Equal(["Add to notes", "Ask the SOP", "Resume"], card.Actions!.Select(a => a.Title));
            })
            .Press("Add to notes").ExpectText("Added to the Issue (master note).").ExpectCard("Cleaner facts")
            .Submit(IntakeSteps.Cleaner).ExpectCard("R1 — Walmart")
            .Press("Looks right").ExpectCard((card, text) => Assert.Contains("- " + Smudged, text))
            // On the Issue card itself, a second note is appended to what the CSR sees there.
            .Send("and the mats were not vacuumed").ExpectCard("step 7 of 10")
            .Press("Add to notes").ExpectText("Added to the Issue").ExpectCard((card, text) =>
                Assert.Contains("- " + Smudged + "\n- and the mats were not vacuumed", text))
            .Submit(new { cleaningSchedule = "Mon/Wed/Fri evenings", why = "New staff skipped the kitchen", solutionAndPrevention = "Partner retrains staff", issueBucket = "2" })
            .ExpectCard("Master note 2/3")
            .Submit(IntakeSteps.NoteCall).ExpectCard("Master note 3/3")
            .Submit(IntakeSteps.NoteFollowUp).ExpectCard("Check and create")
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s =>
            {
                var ticket = await s.Services.GetRequiredService<TicketService>().GetAsync(1, CancellationToken.None);
                Assert.Equal("- Cleaning Issue (service of 2026-02-27)\n- " + Smudged + "\n- and the mats were not vacuumed", ticket!.Note.Issue);
            })
            .RunAsync();
    }

    [Fact]
    public async Task FreeText_NoteTheIssueHasNoRoomFor_NothingAddedAndSaysSo()
    {
        var first = new string('a', 1400);
        var second = new string('b', 1400);
        await _scripts.New()
            .ToCleaner()
            .Send(first).ExpectCard("Still open").Press("Add to notes").ExpectText("Added to the Issue (master note).").ExpectCard("Cleaner facts")
            .Send(second).ExpectCard("Still open").Press("Add to notes").ExpectText("Added to the Issue (master note).").ExpectCard("Cleaner facts")
            .Send(new string('c', 1400)).ExpectCard("Still open")
            .Press("Add to notes").ExpectText("Nothing was added: the Issue (master note) has no room for that text.").ExpectCard("Cleaner facts")
            .Submit(IntakeSteps.Cleaner).ExpectCard("R1 — Walmart")
            .Press("Looks right").ExpectCard((card, text) =>
            {
                Assert.Contains("- " + first + "\n- " + second, text);
                Assert.DoesNotContain("ccc", text);
            })
            .RunAsync();
    }

    [Fact]
    public async Task FreeText_LongerThanAButtonCarries_SaysOnlyTheFirstPartIsKept()
    {
        await _scripts.New()
            .ToCleaner()
            .Send(new string('a', 2000)).ExpectCard((_, text) => Assert.Contains("Only these first 1,500 characters are kept", text))
            .Send("short note").ExpectCard((_, text) => Assert.DoesNotContain("characters are kept", text))
            .RunAsync();
    }

    [Fact]
    public async Task FreeText_MidIntake_AskedAsSopQuestionOrResumed()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Send("how long do I have to close a ticket").ExpectCard("step 1 of 10")
            .Press("Ask the SOP").ExpectCard("7")
            .Send("what is BCO+").ExpectCard("Still open: the new ticket")
            .Press("Resume").ExpectCard("Initial review")
            // Commands still run mid-dialog: help, another ticket's card, back, resume.
            .Send("help").ExpectText("CSR assistant").ExpectCard("Here is what I can do")
            .Send("resume").ExpectCard("Initial review")
            .Send("back").ExpectText("first step").ExpectCard("Initial review")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_TwoDialogsStacked_AsksWhichAndNeverResumesTheOlderUnasked()
    {
        await _scripts.New()
            .Send("what bucket is this?").ExpectCard("checklist / scope of work")
            .Send("full ticket").ExpectCard("Initial review")
            .Send("cancel").ExpectCard((card, text) =>
            {
                Assert.Contains("Newest: the new ticket, step 1 of 10", text);
                Assert.Contains("Under it: the bucket questions, step 1 of 6", text);
            })
            .Press("Newest only").ExpectText("Cancelled the new ticket.")
            .ExpectCard((card, text) => Assert.Contains("Still open: the bucket questions", text))
            .Press("Resume").ExpectCard("checklist / scope of work")
            .Send("full ticket").ExpectCard("Initial review")
            .Send("cancel").ExpectCard("Cancel what?")
            .Press("Cancel all").ExpectText("Cancelled the new ticket and the bucket questions.")
            .Send("resume").ExpectText("Nothing is in progress")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_CardButtonOverAnOlderDialog_OffersItInsteadOfResuming()
    {
        await _scripts.New()
            .Send("what bucket is this?").ExpectCard("checklist / scope of work")
            .Send("full ticket").ExpectCard("Initial review")
            .Press("Cancel").ExpectText("Cancelled the new ticket.")
            .ExpectReply(reply => Assert.Contains("Still open: the bucket questions", reply.View!.Summary))
            .Press("Cancel it").ExpectText("Cancelled the bucket questions.")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_OneDialogOpen_EndsItAtOnce()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Send("cancel").ExpectText("Cancelled the new ticket.")
            .Send("what is BCO+").ExpectCard((card, text) => Assert.DoesNotContain("Still open", text))
            .RunAsync();
    }

    public void Dispose() => _scripts.Dispose();
}
