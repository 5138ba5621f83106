using System.Diagnostics;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>
/// A connection that ends (Slack asks for a refresh) on a socket that takes nothing more: the close handshake is
/// given up after <see cref="SocketModeConnection.CloseTimeout"/> on the bot's clock, not the machine's.
/// </summary>
public sealed class SocketModeCloseTimeoutTests : IAsyncLifetime
{
    private readonly StallingConnections _connections = new();
    private SlackBotHarness _bot = null!;

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(services: _connections.Use, fakeClock: true, socketMode: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

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
