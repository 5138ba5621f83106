using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>"recap N" in chat on a ticket created through <see cref="TicketService"/>, sent over SMTP on loopback.</summary>
public sealed class RecapTicketChatTests : IAsyncLifetime
{
    private const string CleanerEmail = "jane@cleaning.example";
    private readonly FakeSmtpServer _smtp = new();
    private readonly SqliteTestFolder _folder = new();

    private Dictionary<string, string?> Settings() => new()
    {
        ["Storage:SqlitePath"] = _folder.PathOf(),
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:From"] = "service@onejanitorial.example",
    };

    private static async Task<long> CreateTicketAsync(ConversationScript script, MasterNote note)
    {
        var service = script.Services.GetRequiredService<TicketService>();
        var intake = Intakes.Valid() with { PriorCleanerIssues = 1, CleanerEmail = CleanerEmail };
        var result = await service.CreateAsync(intake, (await service.PlanAsync(intake, CancellationToken.None)).Plan!, note, [], "Casey", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Ticket!.Number;
    }

    private static MasterNote RecapReadyNote() => Notes.Complete() with { ChecklistItems = "Empty all trash bins\nMop kitchen floor" };

    [Fact]
    public async Task RecapTicket_SendTwice_SentOnceAndRecordedOnTheTicketHistory()
    {
        await new ConversationScript(settings: Settings())
            .As("u1", "Casey")
            .Do(async s => Assert.Equal(1, await CreateTicketAsync(s, RecapReadyNote())))
            .Send("recap 1")
            .ExpectText("Service issue recap and action plan: Walmart – Walmart Store 12 (R1)")
            .ExpectCard((card, text) =>
            {
                Assert.Contains("3-Strike Policy", text);
                Assert.Contains("2nd issue in 3 months", text);
            })
            .Remember("preview")
            .Press("Send")
            .ExpectReply(r => Assert.True(r.Replaced))
            .ExpectText($"Sent to {CleanerEmail}.")
            .Press("Send", fromCard: "preview")
            .ExpectText("not sent again")
            .Do(async s =>
            {
                Assert.Equal(CleanerEmail, Assert.Single(_smtp.Messages).Message.To.Mailboxes.Single().Address);
                var history = await s.Services.GetRequiredService<ITicketStore>().EventsAsync(1, CancellationToken.None);
                var sent = Assert.Single(history, e => e.Change == TicketChange.RecapSent);
                Assert.Equal(("Casey", CleanerEmail, s.Clock.GetUtcNow()), (sent.Actor, sent.NewValue, sent.At));
            })
            .RunAsync();
    }

    [Fact]
    public async Task RecapTicket_NoteNotReady_SaysWhatIsMissing()
    {
        await new ConversationScript(settings: Settings())
            .Do(async s => Assert.Equal(1, await CreateTicketAsync(s, Notes.Complete() with { WhoIsDoingTheFix = null })))
            .Send("recap #1")
            .ExpectText("Ticket 1 can't be recapped yet. Missing: WHO Is Doing the Fix, the checklist items concerned.")
            .Send("recap 2")
            .ExpectText("I can't find ticket 2.")
            .RunAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }
}
