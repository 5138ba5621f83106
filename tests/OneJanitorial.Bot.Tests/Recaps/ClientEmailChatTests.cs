using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>"client email N" and "review N" in chat on tickets created through <see cref="TicketService"/>.</summary>
public sealed class ClientEmailChatTests : IDisposable
{
    private readonly SqliteTestFolder _folder = new();

    /// <param name="holiday">A holiday on the Monday after the Friday clean of 2026-11-20.</param>
    private Dictionary<string, string?> Settings(bool holiday = false) => new()
    {
        ["Storage:SqlitePath"] = _folder.PathOf(),
        ["Tickets:Holidays:0"] = holiday ? "2026-11-23" : null,
    };

    private static async Task<long> CreateTicketAsync(ConversationScript script, MasterNote note)
    {
        var service = script.Services.GetRequiredService<TicketService>();
        var intake = Intakes.Valid() with { PriorCleanerIssues = 1 };
        var result = await service.CreateAsync(intake, (await service.PlanAsync(intake, CancellationToken.None)).Plan!, note, [], "Casey", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Ticket!.Number;
    }

    private static Task<Ticket?> TicketAsync(ConversationScript script, long number) =>
        script.Services.GetRequiredService<TicketService>().GetAsync(number, CancellationToken.None);

    [Fact]
    public async Task ClientEmail_TemplateEAfterFridayClean_ShowsMondayEightInTheTicketsZone()
    {
        await new ConversationScript(settings: Settings())
            .As("u1", "Casey")
            .Do(async s => Assert.Equal(1, await CreateTicketAsync(s, Notes.Complete() with { NextClean = new DateOnly(2026, 11, 20) })))
            .Send("client email 1")
            .ExpectCard("Template E — Feedback Check-In")
            .Submit(new { template = "E" })
            .ExpectCard((card, text) =>
            {
                Assert.Contains("Schedule it in your mail client for Mon, Nov 23, 8:00 AM America/Toronto.", text);
                Assert.Contains("Walmart Store 12", text);
                Assert.Contains("Casey", text);
            })
            .Press("Copy")
            .ExpectText("Subject: Re: Walmart Store 12 – checking in after your clean")
            .RunAsync();
    }

    [Fact]
    public async Task ClientEmail_TemplateEBeforeHoliday_SkipsToTheNextBusinessDay()
    {
        await new ConversationScript(settings: Settings(holiday: true))
            .Do(async s => await CreateTicketAsync(s, Notes.Complete() with { NextClean = new DateOnly(2026, 11, 20) }))
            .Send("client email #1")
            .ExpectCard("Client email — ticket 1")
            .Submit(new { template = "E" })
            .ExpectCard("Schedule it in your mail client for Tue, Nov 24, 8:00 AM America/Toronto.")
            .RunAsync();
    }

    [Fact]
    public async Task Review_GreenLightReply_ReviewRequestedAndSetOnTheTicket()
    {
        await new ConversationScript(settings: Settings())
            .As("u1", "Casey")
            .Do(async s => await CreateTicketAsync(s, Notes.Complete()))
            .Send("review 1")
            .ExpectCard("Paste the client's written reply")
            .Submit(new { reply = "All good now, thanks!" })
            .ExpectCard((card, text) =>
            {
                Assert.Contains("Review Requested", text);
                Assert.Contains("Never lead with the $25 credit", text);
                Assert.Contains("48 hours", text);
            })
            .Press("Set review status: Review Requested")
            .ExpectCard("Review status on ticket 1 set to Review Requested.")
            .Do(async s =>
            {
                var ticket = await TicketAsync(s, 1);
                Assert.Equal((ReviewStatus.ReviewRequested, null), (ticket!.Closure.Review, ticket.Closure.NotEligibleReason));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Review_Tension_NotEligibleWithTheReasonOnTheTicket()
    {
        await new ConversationScript(settings: Settings())
            .Do(async s => await CreateTicketAsync(s, Notes.Complete()))
            .Send("review 1")
            .ExpectCard("Google review check — ticket 1")
            .Submit(new { reply = "All good now, thanks!", tension = "true" })
            .ExpectCard((card, text) =>
            {
                Assert.Contains("Not Eligible", text);
                Assert.Contains("there was tension with the client", text);
            })
            .Press("Set review status: Not Eligible")
            .SkipReplies()
            .Do(async s =>
            {
                var ticket = await TicketAsync(s, 1);
                Assert.Equal((ReviewStatus.NotEligible, "there was tension with the client"), (ticket!.Closure.Review, ticket.Closure.NotEligibleReason));
            })
            .RunAsync();
    }

    [Fact]
    public async Task ClientEmailAndReview_UnknownTicket_SayTheyCantFindIt()
    {
        await new ConversationScript(settings: Settings())
            .Send("client email 7")
            .ExpectText("I can't find ticket 7.")
            .Send("review 7")
            .ExpectText("I can't find ticket 7.")
            .RunAsync();
    }

    public void Dispose() => _folder.Dispose();
}
