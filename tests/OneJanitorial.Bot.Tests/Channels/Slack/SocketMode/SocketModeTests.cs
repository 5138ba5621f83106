using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

public sealed class SocketModeTests : IAsyncLifetime
{
    private SlackBotHarness _bot = null!;

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(socketMode: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Envelope_EventsApi_AcksByEnvelopeIdAndAnswers()
    {
        var id = await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo over the socket"));

        var ack = await Socket.NextAckAsync();
        Assert.Equal(id, ack["envelope_id"]!.GetValue<string>());
        Assert.False(ack.ContainsKey("payload"));
        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("echo over the socket", post["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Envelope_SlashCommand_AcksWithTheEphemeralMessageAsPayload()
    {
        var command = new JsonObject
        {
            ["token"] = "x", ["team_id"] = "T1", ["channel_id"] = "C1", ["user_id"] = "U1", ["command"] = "/ticket",
            ["text"] = "42", ["response_url"] = _bot.Slack.ResponseUrl("sock"), ["trigger_id"] = "t1",
        };

        var id = await Socket.SendEnvelopeAsync("slash_commands", command, acceptsResponsePayload: true);

        var ack = await Socket.NextAckAsync();
        Assert.Equal(id, ack["envelope_id"]!.GetValue<string>());
        Assert.Equal(SlackReceiver.CommandAck, ack["payload"]!["text"]!.GetValue<string>());
        await _bot.Slack.WaitForAsync("response_url:sock");
        Assert.Equal("ticket 42", Assert.Single(_bot.Turns.Turns).Text);
    }

    [Fact]
    public async Task Envelope_RetriedEvent_IsProcessedOnce()
    {
        var body = SlackFixtures.Event("message_im", "echo just once", eventId: "Ev0SOCKET1");
        await Socket.SendEnvelopeAsync("events_api", body);
        await Socket.NextAckAsync();
        await Socket.SendEnvelopeAsync("events_api", body, retryAttempt: 1);
        await Socket.NextAckAsync();
        await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo next"));
        await Socket.NextAckAsync();

        await _bot.WaitForInboxDoneAsync(2);
        Assert.Equal(["echo just once", "echo next"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task DroppedConnection_ReconnectsWithAFreshUrlAndKeepsWorking()
    {
        Socket.Drop();

        await Socket.WaitForConnectionAsync();
        await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo after the drop"));
        await Socket.NextAckAsync();

        Assert.Equal(2, Socket.Connections);
        Assert.Equal(2, _bot.Slack.CallsTo("apps.connections.open").Count);
        await _bot.Slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task DisconnectRefreshRequested_Reconnects()
    {
        await Socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "warning", ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });
        await Socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested", ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });

        await Socket.WaitForConnectionAsync();

        Assert.Equal(2, Socket.Connections);
    }

    [Fact]
    public async Task DisconnectLinkDisabled_StopsWithoutReconnecting()
    {
        await Socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "link_disabled" });
        // The envelope after it is never read: the bot has closed the connection.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, Socket.Connections);
        Assert.Single(_bot.Slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task Backoff_GrowsToThirtySeconds() =>
        Assert.Equal(
            [0, 1, 2, 4, 8, 16, 30, 30],
            new[] { 0, 1, 2, 3, 4, 5, 6, 20 }.Select(f => SocketModeService.Backoff(f).TotalSeconds));
}

public sealed class SocketModeStartTests
{
    [Fact]
    public async Task Start_InvalidAppToken_FailsLoudlyNamingSlacksError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SlackBotHarness.StartAsync(new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-revoked" }));

        Assert.Contains("invalid_auth", error.Message, StringComparison.Ordinal);
        Assert.Contains("Slack:AppToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_SlackAnnouncesAShortLifetime_RefreshesBeforeItEnds()
    {
        await using var bot = await SlackBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Slack:AppToken"] = FakeSlackServer.AppToken },
            slack => slack.SocketMode.ConnectionSeconds = 1);

        await bot.Slack.SocketMode.WaitForConnectionAsync();
        await bot.Slack.SocketMode.WaitForConnectionAsync();

        Assert.True(bot.Slack.SocketMode.Connections >= 2);
        Assert.True(bot.Slack.CallsTo("apps.connections.open").Count >= 2);
    }
}
