using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>
/// A CSR goes from "new ticket" to the cleaner recap sent, entirely in chat: the cleaner's earlier ticket comes from a
/// CRM import, so the store's strike count makes this one an R1 (2nd issue in 3 months). Mail goes to an SMTP
/// listener on loopback.
/// </summary>
public sealed class IntakeToRecapConversationTests : IAsyncLifetime
{
    private const string CleanerEmail = "jane@cleaning.example";
    private readonly FakeSmtpServer _smtp = new();
    private readonly SqliteTestFolder _folder = new();

    private Dictionary<string, string?> Settings() => new()
    {
        ["Storage:SqlitePath"] = _folder.PathOf(),
        ["Tickets:Owners:Toronto"] = "Taylor",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:From"] = "service@onejanitorial.example",
    };

    /// <summary>Jane Doe's New Concern of three weeks earlier, as the CRM exports it.</summary>
    private const string PriorTicketCsv = """
        ticket_id,create_date,ticket_type,stage,priority,company,city,concern,cleaner,cleaner_email
        H-200,2026-02-09,New Concern,Closed Client Ticket,Medium,Walmart,Toronto,Missed washrooms,Jane Doe,jane@cleaning.example
        """;

    private static object CleanerFacts(string email) => new
    {
        cleaner = "Jane Doe", cleanerEmail = email, cleanerBuildingStart = "2026-01-05", contractStart = "2025-06-01", cleanerInBco = "no", billingPrice = 100,
    };

    private static readonly object NoteIssue = new
    {
        cleaningSchedule = "Mon/Wed/Fri evenings", checklistItems = "Empty all trash bins\nWipe kitchen counters", checklistLink = "https://docs.example/walmart-12-checklist",
        issue = "- Trash not emptied in kitchen (service of 2026-02-27)", why = "New staff skipped the kitchen", solutionAndPrevention = "Partner retrains staff Day 1-4", issueBucket = "2",
    };

    [Fact]
    public async Task NewTicketToRecap_ImportedPriorIssue_R1RecapSentOnceAndRecorded()
    {
        await new ConversationScript(settings: Settings())
            .As("u1", "Casey")
            .Do(ImportPriorTicketAsync)
            .ToCleaner()
            .Submit(CleanerFacts("jane at cleaning")).ExpectCard("'jane at cleaning' is not an email address.")
            .Submit(CleanerFacts(CleanerEmail)).ExpectCard((card, text) =>
            {
                Assert.Contains("R1 — Walmart — Cleaning Issue — Jane Doe — $100", Texts(card));
                Assert.Contains("2 of 3", text);
            })
            .Press("Looks right").ExpectCard("Master note 1/3")
            .Submit(NoteIssue).ExpectCard("Master note 2/3")
            .Submit(IntakeSteps.NoteCall).ExpectCard(card => Assert.Contains("Follow-up call: time (America/Toronto)", Texts(card)))
            .Submit(IntakeSteps.NoteFollowUp).ExpectCard((card, text) => Assert.Contains(CleanerEmail, text))
            .Press("Create").ExpectText("Ticket 2 created").ExpectCard("Ticket #2 created")
            .Do(AssertTicketKeepsIntakeFactsAsync)
            .Send("recap 2")
            .ExpectText("Service issue recap and action plan: Walmart – Walmart Store 12 (R1)")
            .ExpectCard((card, text) => Assert.Contains("This is your 2nd issue in 3 months", text))
            .Press("Send")
            .ExpectReply(r => Assert.True(r.Replaced))
            .ExpectText($"Sent to {CleanerEmail}.")
            .Do(AssertSentOnceAndRecordedAsync)
            .RunAsync();
    }

    private static async Task ImportPriorTicketAsync(ConversationScript script)
    {
        var services = script.Services;
        var settings = TicketRuleSettings.From(services.GetRequiredService<IOptions<TicketsOptions>>().Value);
        var (tickets, rejects) = TicketCsvImporter.Parse(new StringReader(PriorTicketCsv), settings, script.Clock.GetUtcNow());
        Assert.Empty(rejects);
        var outcome = await services.GetRequiredService<ITicketStore>().ImportAsync(tickets, "tickets import", CancellationToken.None);
        Assert.Equal(1, outcome.Imported);
    }

    private static async Task AssertTicketKeepsIntakeFactsAsync(ConversationScript script)
    {
        var ticket = await script.Services.GetRequiredService<TicketService>().GetAsync(2, CancellationToken.None);
        Assert.Equal((TicketType.R1, 2, CleanerEmail, "America/Toronto"), (ticket!.Type, ticket.StrikeNumber, ticket.CleanerEmail, ticket.TimeZone));
        Assert.Equal((new DateOnly(2026, 2, 27), true), (ticket.ServiceDate, ticket.AttachmentsReceived));
        Assert.Equal("Empty all trash bins\nWipe kitchen counters", ticket.Note.ChecklistItems);
        Assert.Equal(new DateOnly(2026, 3, 4), ticket.Note.NextClean);
        // 09:00 in Toronto on 2026-03-05 (EST) is 14:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 14, 0, 0, TimeSpan.Zero), ticket.Note.FollowUpCallAt);
    }

    private async Task AssertSentOnceAndRecordedAsync(ConversationScript script)
    {
        var message = Assert.Single(_smtp.Messages).Message;
        Assert.Equal(CleanerEmail, Assert.Single(message.To.Mailboxes).Address);
        var body = message.TextBody;
        Assert.Contains("Empty all trash bins", body);
        Assert.Contains("https://docs.example/walmart-12-checklist", body);
        Assert.Contains("This is your 2nd issue in 3 months", body);
        var history = await script.Services.GetRequiredService<ITicketStore>().EventsAsync(2, CancellationToken.None);
        var sent = Assert.Single(history, e => e.Change == TicketChange.RecapSent);
        Assert.Equal(("Casey", CleanerEmail), (sent.Actor, sent.NewValue));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }
}
