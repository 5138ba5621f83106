using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Slack's side of Socket Mode on the fake server: each WebSocket gets <c>hello</c> (with
/// <see cref="ConnectionSeconds"/> as <c>approximate_connection_time</c>); tests send envelopes and
/// <c>disconnect</c> messages to the newest connection, read the bot's acks, and can drop the connection.
/// </summary>
public sealed class FakeSocketMode : IDisposable
{
    private readonly Channel<JsonObject> _acks = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<WebSocket> _connected = Channel.CreateUnbounded<WebSocket>();
    private readonly CancellationTokenSource _stop = new();
    private WebSocket? _current;

    public int ConnectionSeconds { get; set; } = 18060;

    public int Connections { get; private set; }

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Query.ContainsKey("ticket"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Connections++;
        _current = socket;
        await SendAsync(socket, new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = 1,
            ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["build_number"] = 1, ["approximate_connection_time"] = ConnectionSeconds },
            ["connection_info"] = new JsonObject { ["app_id"] = "A0FAKE" },
        });
        _connected.Writer.TryWrite(socket);
        await ReadAcksAsync(socket);
    }

    /// <summary>Waits (bounded) for the next connection to say hello.</summary>
    public async Task WaitForConnectionAsync(int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await _connected.Reader.ReadAsync(timeout.Token);
    }

    public Task SendAsync(JsonObject message) => SendAsync(_current ?? throw new InvalidOperationException("No Socket Mode connection."), message);

    /// <summary>Sends an envelope to the current connection; returns its envelope_id.</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload, bool acceptsResponsePayload = false, int retryAttempt = 0)
    {
        var id = Guid.NewGuid().ToString();
        await SendAsync(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = acceptsResponsePayload,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        });
        return id;
    }

    public async Task<JsonObject> NextAckAsync(int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await _acks.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Cuts the current connection without a close handshake (a network drop).</summary>
    public void Drop() => _current?.Abort();

    public void Dispose()
    {
        _stop.Cancel();
        _current?.Abort();
        _stop.Dispose();
    }

    private async Task ReadAcksAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }
                if (JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)) is JsonObject ack)
                {
                    _acks.Writer.TryWrite(ack);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // dropped or stopping
        }
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
}
