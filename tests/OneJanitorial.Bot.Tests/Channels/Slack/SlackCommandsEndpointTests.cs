using System.Net;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackCommandsEndpointTests : IAsyncLifetime
{
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/sop", "how long do I have to close a ticket?", "how long do I have to close a ticket?")]
    [InlineData("/bucket", "", "what bucket is this?")]
    [InlineData("/bucket", "the cleaner blames the client", "the cleaner blames the client — what bucket is this?")]
    [InlineData("/ticket", "", "my tickets")]
    [InlineData("/ticket", "new", "new ticket")]
    [InlineData("/ticket", "42", "ticket 42")]
    [InlineData("/ticket", "#42", "ticket 42")]
    [InlineData("/recap", "42", "recap 42")]
    [InlineData("/huddle", "", "huddle")]
    public async Task Post_Command_AcksEphemerallyThenAnswersThroughTheCoreViaResponseUrl(string command, string text, string expectedTurnText)
    {
        var responseUrl = _bot.Slack.ResponseUrl("cmd1");

        using var response = await _bot.PostCommandAsync(command, text, responseUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Equal(SlackReceiver.CommandAck, ack["text"]!.GetValue<string>());
        var answer = (await _bot.Slack.WaitForAsync("response_url:cmd1")).First().Body;
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.False(answer["replace_original"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(answer["text"]!.GetValue<string>()));
        var turn = Assert.Single(_bot.Turns.Turns);
        Assert.Equal((expectedTurnText, "C123ABC456", "U123ABC456"), (turn.Text, turn.ConversationId, turn.User.Id));
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Post_SopCommand_AnswersFromTheSop()
    {
        await _bot.PostCommandAsync("/sop", "what is BCO+?", _bot.Slack.ResponseUrl("sop"));

        var answer = (await _bot.Slack.WaitForAsync("response_url:sop")).First().Body.ToJsonString();
        Assert.Contains("BCO", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TicketFull_OpensTheIntakeModalWithTheCommandsTrigger()
    {
        await _bot.PostCommandAsync("/ticket", "full", _bot.Slack.ResponseUrl("new"), triggerId: "13345224609.738474920.8088930838d88f008e0");

        var open = (await _bot.Slack.WaitForAsync("views.open")).Single().Body;
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", open["trigger_id"]!.GetValue<string>());
        Assert.Equal("modal", open["view"]!["type"]!.GetValue<string>());
        Assert.Equal(("full ticket", "C123ABC456"), (_bot.Turns.Turns.Single().Text, _bot.Turns.Turns.Single().ConversationId));
        Assert.Empty(_bot.Slack.CallsTo("response_url:new"));
    }

    [Fact]
    public async Task Post_Huddle_AnswersWithTheHuddleDigest()
    {
        await _bot.PostCommandAsync("/huddle", "", _bot.Slack.ResponseUrl("huddle"));

        var digest = (await _bot.Slack.WaitForAsync("response_url:huddle")).Single().Body;
        Assert.Matches(@"^(Morning|End-of-day) huddle — ", digest["text"]!.GetValue<string>());
        var blocks = digest["blocks"]!.ToJsonString();
        Assert.Contains("*KPIs this month*", blocks, StringComparison.Ordinal);
        Assert.Contains("*Coach on*", blocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownCommand_SaysSoAndQueuesNothing()
    {
        using var response = await _bot.PostCommandAsync("/weather", "", _bot.Slack.ResponseUrl("x"));

        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("/sop", ack["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await _bot.Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Post_CommandWithoutSignature_Returns401()
    {
        using var response = await _bot.PostSignedAsync(SlackEndpoints.CommandsRoute, "command=%2Fsop&text=hi", "application/x-www-form-urlencoded", signature: "v0=bad");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
