using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tests.Cards;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>
/// "huddle all" and the cut digest's Show every ticket button in a scripted conversation (Teams' rendering): a team far
/// behind gets every ticket of the digest's lists over numbered messages, each within the digest's own budget; a team
/// whose digest fits gets the one digest.
/// </summary>
public sealed partial class HuddleAllChatTests : IDisposable
{
    private const int Behind = 500;
    private readonly SqliteTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string East = "19:east@thread.tacv2";

    private ConversationScript Script() => new(settings: new Dictionary<string, string?>
    {
        ["Storage:SqlitePath"] = _folder.PathOf(),
        ["Reminders:Channels:Toronto"] = East,
        ["Reminders:Channels:Edmonton"] = "19:west@thread.tacv2",
    });

    /// <summary>Open tickets in Toronto past their estimated close (the script's clock: Mon 2026-03-02 09:00 there); the digest as "huddle" builds it.</summary>
    internal static async Task<HuddleDigest> SeedAsync(IServiceProvider services, int count, DateOnly today, string city = "Toronto")
    {
        var tickets = Enumerable.Range(1, count).Select(i => Tests.Reminders.ReminderTickets.Open("America/Toronto", new DateTimeOffset(today.AddDays(-21), new TimeOnly(9, 0), TimeSpan.FromHours(-5))) with
        {
            Number = 0,
            CrmId = $"CRM-{city}-{i}",
            City = city,
            Owner = i % 3 == 0 ? "Lee & Park (cover)" : "Taylor",
            CreateDate = today.AddDays(-21),
            EstCloseDate = today.AddDays(-14),
        });
        await services.GetRequiredService<ITicketStore>().ImportAsync([.. tickets], "test", CancellationToken.None);
        return await services.GetRequiredService<HuddleService>().BuildAsync(HuddleKind.Morning, CancellationToken.None);
    }

    [Fact]
    public async Task Send_HuddleAllTeamFarBehind_EveryOverdueTicketOnceInOrderOverNumberedMessagesWithinTheBudget()
    {
        HuddleDigest digest = null!;
        await Script()
            .Do(async s => digest = await SeedAsync(s.Services, Behind, new DateOnly(2026, 3, 2)))
            .Send("huddle all")
            .ExpectCards(pages => AssertEveryTicket(digest, pages))
            .RunAsync();
    }

    [Fact]
    public async Task PressShowEveryTicket_CutDigest_EveryOverdueTicketOnceInOrderOverNumberedMessages()
    {
        HuddleDigest digest = null!;
        await Script()
            .Do(async s => digest = await SeedAsync(s.Services, Behind, new DateOnly(2026, 3, 2)))
            .Send("huddle")
            .ExpectCard(HuddleView.CutNote)
            .Press("Show every ticket")
            .ExpectCards(pages => AssertEveryTicket(digest, pages))
            .RunAsync();
    }

    [Fact]
    public async Task PressShowEveryTicket_ScheduledEndOfDayPostOfTorontosChannel_TorontosTicketsOfTheEndOfDay()
    {
        var post = Reminder.At(0, ReminderKind.EndOfDayHuddle, new DateTimeOffset(2026, 3, 2, 21, 30, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), ReminderTarget.Channel) with { Channel = East };
        HuddleDigest toronto = null!;
        await Script()
            .Do(async s =>
            {
                await SeedAsync(s.Services, 40, new DateOnly(2026, 3, 2), "Edmonton");
                await SeedAsync(s.Services, Behind, new DateOnly(2026, 3, 2));
                toronto = await s.Services.GetRequiredService<HuddlePosts>().DigestAsync(HuddleKind.EndOfDay, East, CancellationToken.None);
            })
            .Arrives("Toronto's end-of-day post", async s => [BotMessage.WithView(await s.Services.GetRequiredService<HuddlePosts>().BuildAsync(post, CancellationToken.None))])
            .ExpectCard(HuddleView.CutNote)
            .Press("Show every ticket") // at 09:00: the post's kind, not the hour's
            .ExpectCards(pages =>
            {
                Assert.StartsWith("End-of-day huddle — Mon, Mar 2: every ticket (1 of ", pages[0].View!.Summary, StringComparison.Ordinal);
                AssertEveryTicket(toronto, pages);
            })
            .RunAsync();
    }

    [Fact]
    public async Task Send_HuddleAllDigestThatFits_TheOneDigestWithNoCutNoteNorButton()
    {
        await Script()
            .Do(s => SeedAsync(s.Services, 3, new DateOnly(2026, 3, 2)))
            .Send("huddle all")
            .ExpectCards(pages =>
            {
                var page = Assert.Single(pages);
                var text = ViewTextRenderer.Render(page.View!);
                Assert.Contains("Morning huddle — Mon, Mar 2", text, StringComparison.Ordinal);
                Assert.Equal(3, Overdue().Matches(text).Count);
                Assert.DoesNotContain(HuddleView.CutNote, text, StringComparison.Ordinal);
                Assert.DoesNotContain(" of 1)", text, StringComparison.Ordinal);
                Assert.Empty(ViewTree.Actions(page.View!));
            })
            .RunAsync();
    }

    /// <summary>k messages "(i of k)", each under Teams' size and within the digest's list budget; the overdue tickets, in order, once.</summary>
    private static void AssertEveryTicket(HuddleDigest digest, IReadOnlyList<ScriptReply> pages)
    {
        Assert.Equal(Behind, digest.Overdue.Count);
        Assert.InRange(pages.Count, 2, HuddlePages.MaxMessages);
        var shown = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var view = pages[i].View!;
            Assert.Contains($"({i + 1} of {pages.Count})", view.Summary, StringComparison.Ordinal);
            Assert.InRange(ListText(view), 1, HuddleView.PostBudget);
            var activity = TeamsMessages.ToActivity(BotMessage.WithView(view), new ConversationAccount { Id = "a:1" }, null, null);
            Assert.InRange(Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity)), 1, CardRules.MaxCardBytes - 1);
            shown.AddRange(Overdue().Matches(ViewTextRenderer.Render(view)).Select(m => m.Value));
        }
        Assert.Equal(digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true)), shown);
        Assert.DoesNotContain("not shown", ViewTextRenderer.Render(pages[^1].View!), StringComparison.Ordinal);
    }

    /// <summary>Characters of the page's lists: its body paragraphs (not the headings, labels or notes).</summary>
    internal static int ListText(View view) =>
        ViewTree.Blocks(view).OfType<Paragraph>().Where(p => p.Style == TextStyle.Body).Sum(p => p.Text.ToPlainText().Length);

    [GeneratedRegex(@"#\d+ (Taylor|Lee & Park \(cover\)) \(\d+d\)")]
    private static partial Regex Overdue();
}
