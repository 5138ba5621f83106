using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackEventsEndpointTests : IAsyncLifetime
{
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_UrlVerification_EchoesTheChallenge()
    {
        var body = new JsonObject { ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };

        using var response = await _bot.PostEventAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(0, "v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(-400, null)]
    [InlineData(400, null)]
    public async Task Post_BadSignatureOrReplayedTimestamp_Returns401AndDoesNothing(int skewSeconds, string? signature)
    {
        var body = SlackFixtures.Event("message_im", "echo hi").ToJsonString();

        using var response = await _bot.PostSignedAsync(SlackEndpoints.EventsRoute, body, "application/json", skew: TimeSpan.FromSeconds(skewSeconds), signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await _bot.Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Post_SignedForAnotherBody_Returns401()
    {
        var signedBody = SlackFixtures.Event("message_im", "echo hi").ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = SlackSignature.Sign(SlackBotHarness.Secret, timestamp, System.Text.Encoding.UTF8.GetBytes(signedBody));

        using var response = await _bot.PostSignedAsync(SlackEndpoints.EventsRoute, signedBody.Replace("echo hi", "echo ho", StringComparison.Ordinal), "application/json", signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AppMention_AnswersInTheMessagesThreadWithoutTheMention()
    {
        using var response = await _bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> echo BCO &amp; R1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("C123ABC456", post["channel"]!.GetValue<string>());
        Assert.Equal("1515449522.000016", post["thread_ts"]!.GetValue<string>());
        Assert.Equal("echo BCO &amp; R1", post["text"]!.GetValue<string>());
        var turn = Assert.Single(_bot.Feature.Handled);
        Assert.Equal(("slack", "U123ABC456", "echo BCO & R1", "channel"), (turn.Channel, turn.User.Id, turn.Text, turn.ConversationType));
    }

    [Fact]
    public async Task Post_DirectMessageHelp_PostsTheWelcomeCardInTheDm()
    {
        using var response = await _bot.PostEventAsync(SlackFixtures.Event("message_im", "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("D024BE91L", post["channel"]!.GetValue<string>());
        Assert.False(post.ContainsKey("thread_ts"));
        Assert.Contains(WelcomeCardSummary, post["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = post["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        Assert.Contains(buttons, b => b!["value"]!.GetValue<string>() == "{\"verb\":\"ticket.new\"}");
    }

    [Theory]
    [InlineData("bot_id", "B0FAKE")]
    [InlineData("subtype", "message_changed")]
    [InlineData("user", FakeSlackServer.BotUserId)]
    public async Task Post_BotsOwnOrEditedMessage_IsIgnored(string field, string value)
    {
        var ignored = SlackFixtures.Event("message_im", "echo ignored");
        ignored["event"]![field] = value;

        await _bot.PostEventAsync(ignored);
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "echo answered"));
        await _bot.WaitForInboxDoneAsync(2);

        var post = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("echo answered", post.Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_RetriedEventAcrossARestart_IsProcessedOnce()
    {
        var body = SlackFixtures.Event("message_im", "echo once", eventId: "Ev0RETRY01");
        await _bot.PostEventAsync(body);
        await _bot.WaitForInboxDoneAsync(1);
        using (var sameProcess = await _bot.PostEventAsync(body, retryNum: "1"))
        {
            Assert.Equal(HttpStatusCode.OK, sameProcess.StatusCode);
        }

        await _bot.RestartAsync();
        using var afterRestart = await _bot.PostEventAsync(body, retryNum: "2");
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "echo later"));
        await _bot.WaitForInboxDoneAsync(2);

        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
        Assert.Equal(["echo once", "echo later"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Start_WorkAcceptedButNotDoneBeforeARestart_IsProcessedAfterIt()
    {
        var body = SlackFixtures.Event("message_im", "echo survived", eventId: "Ev0CRASH01");
        var work = new SlackWork("Ev0CRASH01", SlackWorkKind.Event, body.ToJsonString(), DateTimeOffset.UtcNow);
        await _bot.Store.WriteAsync(SlackInbox.KeyPrefix + "Ev0CRASH01", JsonSerializer.Serialize(new InboxEntry(work, null, DateTimeOffset.UtcNow.AddMinutes(-5), "stopped-instance"), new JsonSerializerOptions(JsonSerializerDefaults.Web)), null, CancellationToken.None);

        await _bot.RestartAsync();

        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("echo survived", post["text"]!.GetValue<string>());
        await _bot.WaitForInboxDoneAsync(1);
    }

    [Fact]
    public async Task Start_WorkAnotherInstanceIsRunning_IsLeftToIt()
    {
        var body = SlackFixtures.Event("message_im", "echo not mine", eventId: "Ev0OTHER01");
        var work = new SlackWork("Ev0OTHER01", SlackWorkKind.Event, body.ToJsonString(), DateTimeOffset.UtcNow);
        await _bot.Store.WriteAsync(SlackInbox.KeyPrefix + "Ev0OTHER01", JsonSerializer.Serialize(new InboxEntry(work, null, DateTimeOffset.UtcNow, "other-instance"), new JsonSerializerOptions(JsonSerializerDefaults.Web)), null, CancellationToken.None);

        await _bot.RestartAsync();
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "echo mine"));
        await _bot.Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(500);

        Assert.Equal(["echo mine"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_AppHomeOpened_PublishesTheHomeSectionsAsTheCoreAnswersThem()
    {
        using var response = await _bot.PostEventAsync(SlackFixtures.Event("app_home_opened"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var publish = (await _bot.Slack.WaitForAsync("views.publish")).Single().Body;
        Assert.Equal("U061F7AUR", publish["user_id"]!.GetValue<string>());
        Assert.Equal("home", publish["view"]!["type"]!.GetValue<string>());
        var text = publish["view"]!["blocks"]!.ToJsonString();
        Assert.Contains(WelcomeCardSummary, text, StringComparison.Ordinal);
        Assert.Contains("ticket", text, StringComparison.OrdinalIgnoreCase);
        // "help" is answered by the core before any feature; the others reach the features, in a conversation of their own.
        Assert.Equal(["my tickets", "my reminders", "huddle"], _bot.Turns.Turns.Select(t => t.Text));
        Assert.All(_bot.Turns.Turns, t => Assert.Equal(("home:U061F7AUR", "U061F7AUR"), (t.ConversationId, t.User.Id)));
    }

    [Fact]
    public async Task Post_FeatureThrows_ApologizesInTheConversation()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "boom"));

        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Contains("something went wrong", post["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private const string WelcomeCardSummary = "One Janitorial CSR assistant";
}
