using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>"Master note" on a stored ticket: the cleaner's email is set there too, and follow-up times use the building's zone.</summary>
public sealed class NoteEditConversationTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task EditNote_ImportedTicketWithoutEmail_EmailSetAndRecordedInHistory()
    {
        await _scripts.New()
            .As("u1", "Casey")
            .InTimeZone("America/Vancouver")
            .Do(ImportAsync)
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Master note").ExpectCard(card => Assert.Null(Input<TextInput>(card, "cleanerEmail").Value))
            .Submit(new { cleanerEmail = "jane at cleaning", issue = "- Trash not emptied", checklistVerified = "yes" })
            .ExpectCard("'jane at cleaning' is not an email address.")
            .Submit(new { cleanerEmail = "jane@cleaning.example", issue = "- Trash not emptied", checklistVerified = "yes", checklistItems = "Empty all trash bins" })
            .ExpectCard("Master note 2/3")
            // Imported tickets have no building zone: the user's zone, named on the card.
            .Submit().ExpectCard("Follow-up call: time (America/Vancouver)")
            .Submit().ExpectText("Master note of ticket 1 saved.").ExpectCard("Open Ticket")
            .Do(async s =>
            {
                var service = s.Services.GetRequiredService<TicketService>();
                Assert.Equal("jane@cleaning.example", (await service.GetAsync(1, CancellationToken.None))!.CleanerEmail);
                var history = await s.Services.GetRequiredService<ITicketStore>().EventsAsync(1, CancellationToken.None);
                Assert.Contains(history, e => e is { Change: TicketChange.Field, Field: "cleanerEmail", NewValue: "jane@cleaning.example", Actor: "Casey" });
            })
            .RunAsync();
    }

    [Fact]
    public async Task EditNote_TicketWithBuildingZone_FollowUpShownInThatZoneNotTheUsers()
    {
        await _scripts.New()
            .InTimeZone("America/Vancouver")
            .Do(SeedTorontoTicketAsync)
            .Send("ticket 1").ExpectCard("Missing for closure")
            .Press("Master note").ExpectCard(card => Assert.Equal("jane@cleaning.example", Input<TextInput>(card, "cleanerEmail").Value))
            .Submit().ExpectCard("Master note 2/3")
            .Submit().ExpectCard(card =>
            {
                Assert.Contains("Follow-up call: time (America/Toronto)", Texts(card));
                Assert.Equal("09:00", Input<TimeInput>(card, "followUpTime").Value);
            })
            .RunAsync();
    }

    /// <summary>Imports R1 ticket H-1 (Walmart, Toronto, Jane Doe) as `tickets import` does: no note, no zone, no email.</summary>
    internal static async Task ImportAsync(ConversationScript script)
    {
        const string csv = "ticket_id,create_date,ticket_type,stage,priority,company,city,concern,cleaner\nH-1,2026-02-20,R1,Open Ticket,High,Walmart,Toronto,Trash,Jane Doe\n";
        var settings = TicketRuleSettings.From(script.Services.GetRequiredService<IOptions<TicketsOptions>>().Value);
        var (tickets, _) = TicketCsvImporter.Parse(new StringReader(csv), settings, script.Clock.GetUtcNow());
        await script.Services.GetRequiredService<ITicketStore>().ImportAsync(tickets, "tickets import", CancellationToken.None);
    }

    /// <summary>A ticket for a Toronto building with the follow-up call at 09:00 Toronto time (14:00 UTC).</summary>
    private static async Task SeedTorontoTicketAsync(ConversationScript script)
    {
        var service = script.Services.GetRequiredService<TicketService>();
        var intake = Intakes.Valid() with { CleanerEmail = "jane@cleaning.example" };
        var note = new MasterNote { Issue = "- Trash", ChecklistVerified = true, FollowUpCallAt = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero) };
        var result = await service.CreateAsync(intake, (await service.PlanAsync(intake, CancellationToken.None)).Plan!, note, [], "Casey", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    public void Dispose() => _scripts.Dispose();
}
