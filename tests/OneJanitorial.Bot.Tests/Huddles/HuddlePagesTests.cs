using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Tests.Cards;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>
/// Every ticket of a digest over several messages (<see cref="HuddlePages"/>), for the huge digest of
/// <see cref="HuddleViewSizeTests"/> (2,000 overdue, every flag on 1,000 tickets): each message within the digest's list
/// budget, Teams' size and Slack's limits; past <see cref="HuddlePages.MaxMessages"/> the last one says what it left out.
/// </summary>
public sealed partial class HuddlePagesTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-huddle-all-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>Every list of the post, in its order, with its items as the digest shows them.</summary>
    private static IEnumerable<(string Label, IReadOnlyList<string> Items)> Lists(HuddleDigest digest) =>
    [
        ("Due today", [.. digest.DueToday.Select(t => HuddleText.Mention(t, overdue: false))]),
        ("Overdue", [.. digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true))]),
        .. digest.Flags.Select(f => (f.Kind.Label(), (IReadOnlyList<string>)[.. f.Tickets.Select(HuddleText.Number)])),
        ("Survey calls due", [.. HuddleText.SurveysDue(digest)]),
        ("Closed today", [.. digest.ClosedToday.Select(HuddleText.Number)]),
        ("Still untouched", [.. digest.Untouched.Select(HuddleText.Number)]),
    ];

    [Fact]
    public void Build_TwoThousandOverdue_StopsAtTheMostMessagesAndSaysWhatIsLeftPerList()
    {
        var digest = HuddleViewSizeTests.Huge();

        var pages = HuddlePages.Build(digest);

        Assert.Equal(HuddlePages.MaxMessages, pages.Count);
        var text = string.Join("\n", pages.Select(ViewTextRenderer.Render));
        var left = NotShown().Matches(ViewTextRenderer.Render(pages[^1])).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.NotEmpty(left);
        Assert.Contains("huddle --json", ViewTextRenderer.Render(pages[^1]), StringComparison.Ordinal);
        var position = 0;
        foreach (var (label, items) in Lists(digest))
        {
            var hidden = left.GetValueOrDefault(label);
            foreach (var item in items.Take(items.Count - hidden))
            {
                // The whole item ("#12" must not match inside "#1234" or "#12 Client (3d)").
                var at = Regex.Match(text[position..], @"(?<![\w#])" + Regex.Escape(item) + @"(?=,|\n|$)");
                Assert.True(at.Success, $"{label}: {item} not shown after position {position}");
                position += at.Index + at.Length;
            }
        }
        var overdue = Regex.Matches(text, @"#(\d+) [^,\n]+ \(\d+d\)").Select(m => m.Value).ToList();
        Assert.Equal(digest.Overdue.Take(digest.Overdue.Count - left.GetValueOrDefault("Overdue")).Select(t => HuddleText.Mention(t, overdue: true)), overdue);
    }

    [Fact]
    public void Build_TwoThousandOverdue_EachMessageWithinTheBudgetTeamsSizeAndSlacksLimits()
    {
        var pages = HuddlePages.Build(HuddleViewSizeTests.Huge());

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal($"End-of-day huddle — Wed, Nov 18: every ticket ({i + 1} of {pages.Count})", pages[i].Summary);
            Assert.InRange(HuddleAllChatTests.ListText(pages[i]), 1, HuddleView.PostBudget);
            var activity = TeamsMessages.ToActivity(BotMessage.WithView(pages[i]), new ConversationAccount { Id = "19:team@thread.tacv2" }, null, null);
            var json = JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity);
            Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, CardRules.MaxCardBytes - 1);
            Assert.Empty(CardRules.Check($"huddle.all-{i}", activity.Attachments![0].Content!.ToString()));
            var slack = Assert.Single(new SlackMessageFormatter().Format(BotMessage.WithView(pages[i])));
            Assert.InRange(slack.Blocks!.Count, 1, BlockKitRenderer.MaxMessageBlocks);
            Assert.All(slack.Blocks.OfType<JsonObject>(), b => Assert.InRange(b["text"]?["text"]?.GetValue<string>().Length ?? 1, 1, BlockKitRenderer.MaxSectionText - 1));
        }
    }

    [Fact]
    public async Task Build_TwoThousandOverdue_CutPostAndEveryMessagePassTheAdaptiveCardAndBlockKitChecks()
    {
        var digest = HuddleViewSizeTests.Huge();
        List<ViewSample> samples =
        [
            new("huddle.cut", () => HuddleView.Build(digest, "19:east@thread.tacv2")),
            .. HuddlePages.Build(digest).Select((page, i) => new ViewSample($"huddle.all-{i + 1:D2}", () => page)),
        ];
        var files = await CardsCommand.ExportAsync(samples, _dir, CancellationToken.None);

        var cards = await CardValidator.ValidateAsync(_dir);
        var blocks = await Channels.Slack.BlockKitContractTests.TypeCheckAsync(_dir);

        Assert.Equal((samples.Count, samples.Count), (cards.Count, blocks.Count));
        var problems = files.SelectMany(f => CardRules.Check(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            .Concat(Directory.GetFiles(_dir, "*.slack.json").SelectMany(f => Channels.Slack.BlockKitContractTests.LimitProblems(Path.GetFileName(f), JsonNode.Parse(File.ReadAllText(f))!)))
            .Concat(cards.Concat(blocks).SelectMany(r => r.Value.Select(e => $"{r.Key}: {e}")))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Build_FewerThanTheMostMessages_EveryItemOfEveryListOnceInOrder()
    {
        var huge = HuddleViewSizeTests.Huge();
        var digest = huge with { DueToday = [], Flags = [huge.Flags[0]], ClosedToday = [], Untouched = [] }; // 2,000 overdue still

        var pages = HuddlePages.Build(digest);

        Assert.InRange(pages.Count, 2, HuddlePages.MaxMessages - 1);
        var text = string.Join("\n", pages.Select(ViewTextRenderer.Render));
        Assert.DoesNotContain("not shown", text, StringComparison.Ordinal);
        foreach (var (label, items) in Lists(digest))
        {
            Assert.All(items, item => Assert.Single(Regex.Matches(text, Regex.Escape(item) + @"(?=,|\n|$)")));
        }
        var overdue = Regex.Matches(text, @"#(\d+) [^,\n]+ \(\d+d\)").Select(m => m.Value).ToList();
        Assert.Equal(digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true)), overdue);
    }

    [Fact]
    public void Build_DigestThatFits_TheDigestItself()
    {
        var digest = HuddleBuilder.Build(SeededHistory.Tickets(), HuddleKind.EndOfDay, SeededHistory.EndOfDay, SeededHistory.Zone, new OneJanitorial.Bot.Tickets.BusinessCalendar(new HashSet<DateOnly>()));

        var page = Assert.Single(HuddlePages.Build(digest));

        Assert.Equal(ViewTextRenderer.Render(HuddleView.Build(digest)), ViewTextRenderer.Render(page));
        Assert.Empty(page.Actions);
    }

    [Fact]
    public void Build_CutPost_ShowEveryTicketButtonWithItsKindAndChannel()
    {
        var view = HuddleView.Build(HuddleViewSizeTests.Huge(), "19:east@thread.tacv2");

        var button = Assert.IsType<VerbAction>(Assert.Single(view.Actions));
        Assert.Equal(("Show every ticket", HuddleVerbs.ShowAll), (button.Title, button.Verb));
        Assert.Equal("EndOfDay", button.Payload[HuddleVerbs.KindKey]);
        Assert.Equal("19:east@thread.tacv2", button.Payload[HuddleVerbs.ChannelKey]);
    }

    [GeneratedRegex(@"^\|\s+- (.+): (\d[\d,]*) not shown$", RegexOptions.Multiline)]
    private static partial Regex NotShown();
}
