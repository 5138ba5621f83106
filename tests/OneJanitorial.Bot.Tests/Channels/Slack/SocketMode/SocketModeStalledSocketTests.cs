using System.Diagnostics;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>
/// A socket whose peer stopped reading (every write hangs), on the bot's clock:
/// an ack it cannot take within <see cref="SocketModeConnection.AckTimeout"/> ends the connection as dropped and a new
/// one replaces it; the envelope, left for Slack to deliver again, is acknowledged on the new one and its work, stored
/// before the ack, is done once. A connection that ends (Slack asks for a refresh) gives up its close handshake after
/// <see cref="SocketModeConnection.CloseTimeout"/> on the bot's clock, not the machine's.
/// </summary>
public sealed class SocketModeStalledSocketTests : IAsyncLifetime
{
    private readonly StallingConnections _connections = new();
    private SlackBotHarness _bot = null!;

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(services: _connections.Use, fakeClock: true, socketMode: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Ack_SocketTakesNothingWithinTheAckTimeout_ConnectionDroppedAndReplaced_TheRedeliveryAckedAndDoneOnce()
    {
        var body = SlackFixtures.Event("message_im", "echo acked at last");
        _connections.StallWrites();

        await Socket.SendEnvelopeAsync("events_api", body);
        await _connections.WriteStalled.Task.WaitAsync(TimeSpan.FromSeconds(20)); // its ack hangs on the socket
        _bot.Clock.Advance(SocketModeConnection.AckTimeout);

        await Polling.UntilAsync(() => _bot.Logs.Lines.Any(l => l.EventId == 2131), "The connection did not end at the ack timeout.");
        Assert.Contains($"({nameof(ConnectionEnd.Dropped)})", Assert.Single(_bot.Logs.Lines, l => l.EventId == 2131).Text, StringComparison.Ordinal);
        await Polling.RunClockUntilAsync(_bot.Clock, () => Socket.Connections == 2, maxSeconds: 30, "No new connection after the backoff.");
        await Socket.WaitForConnectionAsync();

        var redelivered = await Socket.SendEnvelopeAsync("events_api", body, retryAttempt: 1);

        Assert.Equal(redelivered, (await Socket.NextAckAsync())["envelope_id"]!.GetValue<string>());
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("echo acked at last", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Close_SocketTakesNoCloseFrame_GivenUpAtTheCloseTimeoutOnTheBotsClock()
    {
        _connections.StallWrites();
        await Socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested", ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });
        await _connections.WriteStalled.Task.WaitAsync(TimeSpan.FromSeconds(20)); // its close frame hangs on the socket
        var machine = Stopwatch.StartNew();

        _bot.Clock.Advance(SocketModeConnection.CloseTimeout);

        // On the machine's clock the close would end no sooner than CloseTimeout after it began (before the stall).
        while (!_bot.Logs.Lines.Any(l => l.EventId == 2131) && machine.Elapsed < SocketModeConnection.CloseTimeout - TimeSpan.FromSeconds(1))
        {
            await Task.Delay(20);
        }
        var end = Assert.Single(_bot.Logs.Lines, l => l.EventId == 2131);
        Assert.Contains($"({nameof(ConnectionEnd.RefreshRequested)})", end.Text, StringComparison.Ordinal);
    }
}
