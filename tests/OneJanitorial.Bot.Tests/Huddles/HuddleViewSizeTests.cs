using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.Cards;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>
/// A huddle post of a team far behind (2,000 overdue tickets, every flag on 1,000 tickets, 60 reps with calls due) still
/// fits one message of each channel: the most overdue first, "… and N more" counting the rest, the KPIs and every flag
/// always shown. huddle --json keeps the full data.
/// </summary>
public sealed partial class HuddleViewSizeTests
{
    private const int Many = 2_000;

    internal static HuddleDigest Huge() => new(
        HuddleKind.EndOfDay,
        new DateOnly(2026, 11, 18),
        Enum.GetValues<TicketStage>().Where(s => s != TicketStage.ClosedClientTicket).ToDictionary(s => s, _ => 400),
        Enum.GetValues<TicketPriority>().ToDictionary(p => p, _ => 600),
        [.. Enumerable.Range(1, 500).Select(n => new TicketMention(100_000 + n, Owner(n)))],
        // Most overdue first, as HuddleBuilder orders them.
        [.. Enumerable.Range(1, Many).Select(n => new TicketMention(200_000 + n, Owner(n), Many - n + 1))],
        [
            Kpi.Share(KpiName.ResponseWithin90Minutes, 1_200, 2_400), Kpi.Share(KpiName.ClosedWithin7Days, 10, 900), Kpi.Share(KpiName.SameDay, 5, 2_400),
            Kpi.Ceiling(KpiName.ClientConcerns, 2_400, 80), Kpi.Ceiling(KpiName.BcoMoves, 300, 20), Kpi.PerDay(KpiName.SurveysPerRepPerDay, 40, 600, 4),
        ],
        [.. Enum.GetValues<CoachingFlagKind>().Select(k => new CoachingFlag(k, [.. Enumerable.Range(1, 1_000).Select(n => 300_000L + n)]))],
        [.. Enumerable.Range(1, 1_000).Select(n => 400_000L + n)],
        [.. Enumerable.Range(1, 1_000).Select(n => 500_000L + n)])
    {
        SurveysDue = [.. Enumerable.Range(1, 60).SelectMany(rep => Enumerable.Range(1, 4).Select(c =>
            new Client($"Northgate Property Management {c}", $"Tower {c} — 1200 Bay Street", "Toronto", "America/Toronto", Owner(rep), null)))],
    };

    /// <summary>Real-looking names, some long, some with accents and an ampersand.</summary>
    private static string Owner(int n) => (n % 4) switch
    {
        0 => "Alexandra Montgomery-Smythe",
        1 => "Zoë Ørsted",
        2 => "Peter",
        _ => "Lee & Park (cover)",
    } + " " + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a post whose lists were cut says the rest is.</summary>
    private const string CutNote = "Lists are cut to fit one post: Show every ticket (or \"huddle all\") sends every ticket, over as many messages as it takes.";

    private static string Mention(TicketMention t) => $"#{t.Number} {t.Owner} ({t.DaysOverdue}d)";

    private static IReadOnlyList<Fact> Facts(View view) => [.. ViewTree.Blocks(view).OfType<Facts>().SelectMany(f => f.Items)];

    [Fact]
    public void Build_TwoThousandOverdue_MostOverdueFirstAndTheRestCounted()
    {
        var digest = Huge();

        var overdue = Facts(HuddleView.Build(digest)).Single(f => f.Label == "Overdue").Value;

        Assert.StartsWith(Mention(digest.Overdue[0]) + ", ", overdue, StringComparison.Ordinal);
        var more = MoreThan().Match(overdue);
        Assert.True(more.Success, overdue);
        Assert.EndsWith(" more overdue", overdue, StringComparison.Ordinal);
        var shown = digest.Overdue.TakeWhile(t => overdue.Contains(Mention(t) + ", ", StringComparison.Ordinal)).Count();
        Assert.InRange(shown, 10, Many - 1);
        Assert.Equal(Many, shown + int.Parse(more.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_EveryListOverflowing_KpisEveryFlagAndWhereTheRestIsShow()
    {
        var digest = Huge();

        var text = ViewTextRenderer.Render(HuddleView.Build(digest));

        Assert.All(digest.Kpis, k => Assert.Contains(HuddleText.Kpi(k), text, StringComparison.Ordinal));
        foreach (var flag in digest.Flags)
        {
            var line = text.Split('\n').Single(l => l.Contains(flag.Kind.Label() + ": #", StringComparison.Ordinal));
            var shown = Regex.Count(line, @"#\d+");
            Assert.Equal(flag.Tickets.Count, shown + int.Parse(MoreThan().Match(line).Groups[1].Value, CultureInfo.InvariantCulture));
        }
        Assert.Contains(CutNote, text, StringComparison.Ordinal);
        Assert.Contains("more reps with calls due", text, StringComparison.Ordinal);
        Assert.Contains($"{Many} overdue", HuddleView.Build(digest).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryListOverflowing_TeamsActivityUnderTheMessageLimit()
    {
        var view = HuddleView.Build(Huge());

        var activity = TeamsMessages.ToActivity(BotMessage.WithView(view), new ConversationAccount { Id = "19:team@thread.tacv2" }, null, null);
        var json = JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity);

        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, CardRules.MaxCardBytes - 1);
        Assert.Empty(CardRules.Check("huddle.end-of-day", activity.Attachments![0].Content!.ToString()));
    }

    [Fact]
    public void Build_EveryListOverflowing_OneSlackMessageWithNoTextCutBySlacksLimits()
    {
        var view = HuddleView.Build(Huge());

        var page = Assert.Single(new SlackMessageFormatter().Format(BotMessage.WithView(view))); // the huddle in a DM, /huddle
        var blocks = page.Blocks!;
        Assert.InRange(blocks.Count, 1, BlockKitRenderer.MaxMessageBlocks);
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["text"]?["text"]?.GetValue<string>() is { } text)
            {
                Assert.InRange(text.Length, 1, (block["type"]!.GetValue<string>() == "header" ? BlockKitRenderer.MaxHeaderText : BlockKitRenderer.MaxSectionText) - 1);
            }
            foreach (var field in block["fields"]?.AsArray() ?? [])
            {
                Assert.InRange(field!["text"]!.GetValue<string>().Length, 1, 2_000 - 1);
            }
        }
        Assert.Contains("more overdue", blocks.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FewTickets_NothingCutAndNoNote()
    {
        var view = HuddleView.Build(HuddleBuilder.Build(SeededHistory.Tickets(), HuddleKind.EndOfDay, SeededHistory.EndOfDay, SeededHistory.Zone, new BusinessCalendar(new HashSet<DateOnly>())));

        var text = ViewTextRenderer.Render(view);

        Assert.DoesNotContain("more", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CutNote, text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"… and (\d+) more")]
    private static partial Regex MoreThan();
}
