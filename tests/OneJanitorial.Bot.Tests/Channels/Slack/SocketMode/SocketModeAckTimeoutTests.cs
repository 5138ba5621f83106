using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>
/// An ack the socket cannot take within <see cref="SocketModeConnection.AckTimeout"/> (its peer stopped reading): the
/// connection ends as dropped and a new one replaces it; the envelope, left for Slack to deliver again, is acknowledged
/// on the new one and its work, stored before the ack, is done once.
/// </summary>
public sealed class SocketModeAckTimeoutTests : IAsyncLifetime
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
}
