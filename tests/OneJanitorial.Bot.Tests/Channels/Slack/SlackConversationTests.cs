using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Tests.Huddles;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The Slack leg of the scripted conversations: signed requests in through the real endpoints, the replies read back
/// from the fake Slack Web API, and buttons pressed by sending back the value Slack would (the one in the bot's blocks).
/// </summary>
public sealed partial class SlackConversationTests : IAsyncLifetime
{
    private const string DmUser = "U2147483697"; // the sender in TestData/Slack/message_im.json
    private static readonly string[] ReplyMethods = ["chat.postMessage", "chat.update", "response_url:"];
    private SlackBotHarness _bot = null!;
    private int _seen;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(ownDatabase: true); // the huddle tests import hundreds of tickets

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Dm_BucketQuestionThenNoButton_EndsInBucket3A()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "what bucket is this?"));
        var question = await NextReplyAsync();
        Assert.Contains("Question 1", question.Body.ToJsonString(), StringComparison.Ordinal);

        await PressAsync(question, "No");
        var result = await NextReplyAsync();

        Assert.Contains("3A", result.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("D024BE91L", result.Body["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dm_BucketBackThenCancel_FollowsTheDialog()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "what bucket is this?"));
        var first = await NextReplyAsync();
        await PressAsync(first, "Yes");
        var second = await NextReplyAsync();
        Assert.Contains("Question 2", second.Body.ToJsonString(), StringComparison.Ordinal);

        await PressAsync(second, "Cancel");
        var cancelled = await NextReplyAsync();

        Assert.Contains("ancel", cancelled.Body["text"]!.ToJsonString() + cancelled.Body["blocks"]?.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dm_SameButtonPressedTwice_TheDialogMovesOnOnce()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "what bucket is this?"));
        var question = await NextReplyAsync();

        // A double-click: two interactions (two trigger_ids) for the same button of the same message.
        await Task.WhenAll(PressAsync(question, "No"), PressAsync(question, "No"));
        await _bot.WaitForInboxDoneAsync(3);

        var replies = _bot.Slack.Calls.Where(c => ReplyMethods.Any(m => c.Method.StartsWith(m, StringComparison.Ordinal))).Skip(_seen).ToList();
        Assert.Single(replies, r => r.Body.ToJsonString().Contains("3A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dm_HuddleAllTeamFarBehind_EveryOverdueTicketOnceInOrderOverNumberedMessages()
    {
        var digest = await HuddleAllChatTests.SeedAsync(_bot.Services, 500, TorontoToday());

        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "huddle all"));
        await _bot.WaitForInboxDoneAsync(1);

        AssertEveryTicket(digest, RepliesSinceSeen());
    }

    [Fact]
    public async Task Dm_ShowEveryTicketPressedOnTheCutDigest_EveryOverdueTicketOnceInOrderOverNumberedMessages()
    {
        var digest = await HuddleAllChatTests.SeedAsync(_bot.Services, 500, TorontoToday());
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "huddle"));
        var post = await NextReplyAsync();
        Assert.Contains("Lists are cut to fit one post: Show every ticket", post.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);

        await PressAsync(post, "Show every ticket");
        await _bot.WaitForInboxDoneAsync(2);

        AssertEveryTicket(digest, RepliesSinceSeen());
    }

    [Fact]
    public async Task Command_HuddleAllOverMoreMessagesThanItsResponseUrlTakes_TheRestPostedEphemerallyEveryTicketOnce()
    {
        var digest = await HuddleAllChatTests.SeedAsync(_bot.Services, 1_000, TorontoToday());

        await _bot.PostCommandAsync("/huddle", "all", _bot.Slack.ResponseUrl("huddle-all"));
        await _bot.WaitForInboxDoneAsync(1);

        // Slack takes a response_url 5 times: the messages after those go by chat.postEphemeral, to the same user and channel.
        var pages = _bot.Slack.Calls.Where(c => c.Method is "response_url:huddle-all" or "chat.postEphemeral" && c.Response?["ok"]?.GetValue<bool>() != false).ToList();
        Assert.InRange(pages.Count, FakeSlackServer.ResponseUrlUses + 1, HuddlePages.MaxMessages);
        Assert.Equal(FakeSlackServer.ResponseUrlUses, pages.TakeWhile(c => c.Method == "response_url:huddle-all").Count());
        Assert.All(pages.Skip(FakeSlackServer.ResponseUrlUses), c => Assert.Equal(
            ("chat.postEphemeral", "C123ABC456", "U123ABC456"), (c.Method, c.Body["channel"]!.GetValue<string>(), c.Body["user"]!.GetValue<string>())));
        AssertEveryTicket(digest, pages, 1_000, inTheDm: false);
        Assert.DoesNotContain(_bot.Slack.Calls, c => c.Response?["error"]?.GetValue<string>() == "used_url"); // not called once used up
    }

    [Fact]
    public async Task Command_HuddleAllInAChannelTheBotIsNotIn_TheRestAfterTheResponseUrlPostedInTheDmEveryTicketOnceInOrder()
    {
        var digest = await HuddleAllChatTests.SeedAsync(_bot.Services, 1_000, TorontoToday());
        _bot.Slack.RefuseChannel("C123ABC456", "not_in_channel");

        await _bot.PostCommandAsync("/huddle", "all", _bot.Slack.ResponseUrl("huddle-all"));
        await _bot.WaitForInboxDoneAsync(1);

        // Slack takes a response_url 5 times; chat.postEphemeral is refused in that channel, so the rest go to the user's DM.
        var dm = "D" + "U123ABC456";
        var replies = _bot.Slack.Calls.Where(c => c.Method is "response_url:huddle-all" or "chat.postMessage" && c.Response?["ok"]?.GetValue<bool>() != false).ToList();
        var note = Assert.Single(replies, c => c.Body["text"]!.GetValue<string>().StartsWith("I can't reply to you in that channel", StringComparison.Ordinal));
        Assert.Equal(dm, note.Body["channel"]!.GetValue<string>());
        Assert.Equal(FakeSlackServer.ResponseUrlUses, replies.IndexOf(note));
        var pages = replies.Where(c => c != note).ToList();
        Assert.InRange(pages.Count, FakeSlackServer.ResponseUrlUses + 1, HuddlePages.MaxMessages);
        Assert.Equal(FakeSlackServer.ResponseUrlUses, pages.TakeWhile(c => c.Method == "response_url:huddle-all").Count());
        Assert.All(pages.Skip(FakeSlackServer.ResponseUrlUses), c => Assert.Equal(("chat.postMessage", dm), (c.Method, c.Body["channel"]!.GetValue<string>())));
        AssertEveryTicket(digest, pages, 1_000, inTheDm: false);
        Assert.Single(_bot.Slack.CallsTo("chat.postEphemeral")); // refused once, not tried again for each page
    }

    /// <summary>k messages "(i of k)" (in the DM), each within Slack's limits; the overdue tickets over them in order, once.</summary>
    private static void AssertEveryTicket(HuddleDigest digest, IReadOnlyList<RecordedSlackCall> pages, int overdue = 500, bool inTheDm = true)
    {
        Assert.InRange(pages.Count, 2, HuddlePages.MaxMessages);
        var shown = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (inTheDm)
            {
                Assert.Equal(("chat.postMessage", "D024BE91L"), (pages[i].Method, pages[i].Body["channel"]!.GetValue<string>()));
            }
            Assert.Contains($"({i + 1} of {pages.Count})", pages[i].Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
            var blocks = pages[i].Body["blocks"]!.AsArray();
            Assert.InRange(blocks.Count, 1, BlockKitRenderer.MaxMessageBlocks);
            var texts = blocks.Select(b => b!["text"]?["text"]?.GetValue<string>() ?? "").ToList();
            Assert.All(texts, t => Assert.InRange(t.Length, 0, BlockKitRenderer.MaxSectionText - 1));
            shown.AddRange(texts.SelectMany(t => Overdue().Matches(t.Replace("&amp;", "&", StringComparison.Ordinal)).Select(m => m.Value)));
        }
        Assert.Equal(overdue, digest.Overdue.Count);
        Assert.Equal(digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true)), shown);
    }

    private List<RecordedSlackCall> RepliesSinceSeen() =>
        [.. _bot.Slack.Calls.Where(c => ReplyMethods.Any(m => c.Method.StartsWith(m, StringComparison.Ordinal))).Skip(_seen)];

    private static DateOnly TorontoToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Toronto")).DateTime);

    [GeneratedRegex(@"#\d+ (Taylor|Lee & Park \(cover\)) \(\d+d\)")]
    private static partial Regex Overdue();

    /// <summary>The next message the bot sent or changed, wherever it went.</summary>
    private async Task<RecordedSlackCall> NextReplyAsync()
    {
        for (var i = 0; i < 400; i++)
        {
            var replies = _bot.Slack.Calls.Where(c => ReplyMethods.Any(m => c.Method.StartsWith(m, StringComparison.Ordinal))).ToList();
            if (replies.Count > _seen)
            {
                return replies[_seen++];
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The bot sent no reply within 20 s.");
    }

    /// <summary>Presses the button titled <paramref name="title"/> in <paramref name="message"/>'s blocks, as Slack reports it.</summary>
    private async Task PressAsync(RecordedSlackCall message, string title)
    {
        var user = DmUser;
        var button = message.Body["blocks"]!.AsArray()
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .First(e => e!["text"]!["text"]!.GetValue<string>() == title)!;
        var payload = SlackFixtures.BlockActions(JsonNode.Parse(button["value"]!.GetValue<string>())!.AsObject(), _bot.Slack.ResponseUrl("press"));
        var channel = message.Body["channel"]?.GetValue<string>() ?? "C123ABC456";
        payload["channel"]!["id"] = channel;
        payload["container"]!["channel_id"] = channel;
        payload["container"]!["message_ts"] = message.Response?["ts"]?.GetValue<string>() ?? "1.000001";
        payload["container"]!["is_ephemeral"] = false;
        payload["user"]!["id"] = user;
        payload["actions"]![0]!["action_id"] = button["action_id"]!.GetValue<string>();
        using var response = await _bot.PostInteractionAsync(payload);
        response.EnsureSuccessStatusCode();
    }
}
