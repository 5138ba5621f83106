using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>
/// A Socket Mode connection that ends while an envelope's work is in flight (Slack asks for a refresh, the socket
/// drops, or its announced time runs out): the work is not cut off with it. An acknowledged event's turn runs on in
/// the inbox worker and is done; a modal submit run while Slack waits still gets its answer on the old connection; an
/// envelope that fails as the connection's time runs out is logged and left unacknowledged, and Socket Mode goes on.
/// </summary>
public sealed class SocketModeRefreshTests : IAsyncLifetime
{
    private const int ConnectionSeconds = 50; // refreshed after 45 s: within the 60 s turn timeout, so only the connection's time runs out
    private readonly FaultyStateStore _faults = new();
    private SlackBotHarness _bot = null!;

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(
        configureSlack: slack => slack.SocketMode.ConnectionSeconds = ConnectionSeconds, services: _faults.WrapIn, fakeClock: true, socketMode: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("drop")]
    public async Task AcknowledgedEvent_ConnectionEndsWhileItsTurnRuns_TheTurnFinishesAndIsDone(string end)
    {
        await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "wait"));
        await Socket.NextAckAsync();
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        if (end == "drop")
        {
            Socket.Drop();
            await ReconnectedAfterBackoffAsync();
        }
        else
        {
            await Socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = end, ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });
            await Socket.WaitForConnectionAsync();
        }
        _bot.Feature.Release();

        var post = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage"));
        Assert.Equal("done waiting", post.Body["text"]!.GetValue<string>());
        await _bot.WaitForInboxDoneAsync(1);
    }

    [Fact]
    public async Task ModalSubmit_ConnectionTimeRunsOutWhileItRuns_ItsAnswerIsStillSent()
    {
        var id = await Socket.SendEnvelopeAsync("interactive", SlackFixtures.ViewSubmission("V0SOCKET01", ScriptedFeature.WaitVerb), acceptsResponsePayload: true);
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        _bot.Clock.Advance(TimeSpan.FromSeconds(ConnectionSeconds * 0.95)); // the bot ends this connection as its time runs out
        _bot.Feature.Release();

        var ack = await Socket.NextAckAsync();
        Assert.Equal(id, ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("clear", ack["payload"]!["response_action"]!.GetValue<string>());
        await Socket.WaitForConnectionAsync(); // and a new one replaces it
    }

    [Fact]
    public async Task Envelope_FailsAsTheConnectionTimeRunsOut_LoggedAndUnacknowledged_SocketModeGoesOn()
    {
        var failing = SlackFixtures.Event("message_im", "echo lost for now");
        // Taking it in fails (not an outage) just as the bot's clock passes the connection's time.
        _faults.BeforeNextWrite(SlackInbox.KeyPrefix, failing["event_id"]!.GetValue<string>(), () =>
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(ConnectionSeconds * 0.95));
            throw new IOException("Injected failure while taking the envelope in.");
        });

        var id = await Socket.SendEnvelopeAsync("events_api", failing);

        await Socket.WaitForConnectionAsync(); // before, the failure escaped and stopped the host: no new connection
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2135 && l.Text.Contains(id, StringComparison.Ordinal));
        await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo next"));
        var ack = await Socket.NextAckAsync();
        Assert.NotEqual(id, ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("echo next", Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage")).Body["text"]!.GetValue<string>());
    }

    /// <summary>Moves the bot's clock a second at a time (bounded) until the backoff after a drop let it reconnect.</summary>
    private async Task ReconnectedAfterBackoffAsync()
    {
        for (var seconds = 1; ; seconds++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await Socket.WaitForConnectionAsync(timeoutSeconds: 1);
                return;
            }
            catch (OperationCanceledException) when (seconds < 20)
            {
                // not yet
            }
        }
    }
}
