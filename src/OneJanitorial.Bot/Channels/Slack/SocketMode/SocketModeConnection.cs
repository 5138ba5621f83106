using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads <c>hello</c>, <c>disconnect</c> and envelopes, acknowledges each envelope by its
/// <c>envelope_id</c> (with the same answer the HTTP endpoint would give as its payload) after the
/// <see cref="SlackReceiver"/> has stored the work, leaves an envelope it could not take in (storage down, a failure)
/// unacknowledged so Slack can deliver it again, and ends itself at <see cref="RefreshShare"/> of the connection
/// time Slack announces, so a fresh connection replaces it before Slack cuts it. An envelope's work never runs on the
/// connection's token: what was acknowledged runs on in the inbox worker whatever becomes of the connection, and an
/// envelope taken in while the connection's time ran out is still acknowledged on it (within <see cref="AckTimeout"/>).
/// The WebSocket is opened through the <see cref="HttpClientName"/> client of the <see cref="IHttpClientFactory"/>.
/// </summary>
public sealed class SocketModeConnection(
    SlackReceiver receiver, IHttpClientFactory httpClients, TimeProvider clock, ILogger<SocketModeConnection> logger)
{
    public const string HttpClientName = "SlackSocketMode";
    public const double RefreshShare = 0.9;
    public const int MaxMessageBytes = 1024 * 1024;
    public static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task<ConnectionEnd> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = httpClients.CreateClient(HttpClientName);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, http, cancellationToken);
        using var expiry = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            while (await ReceiveAsync(socket, linked.Token) is { } message)
            {
                if (await HandleAsync(socket, message, expiry, linked.Token) is { } end)
                {
                    await CloseAsync(socket);
                    return end;
                }
            }
            return ConnectionEnd.Dropped;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            await CloseAsync(socket);
            return cancellationToken.IsCancellationRequested ? ConnectionEnd.Stopped : ConnectionEnd.Expired;
        }
        catch (WebSocketException)
        {
            return ConnectionEnd.Dropped;
        }
    }

    private async Task<ConnectionEnd?> HandleAsync(ClientWebSocket socket, JsonObject message, CancellationTokenSource expiry, CancellationToken cancellationToken)
    {
        var type = SlackTurnMapper.Str(message, "type");
        if (SlackTurnMapper.Str(message, "envelope_id") is { } envelopeId)
        {
            if (await TryAckForAsync(envelopeId, type, message, cancellationToken) is { Refused: false } ack)
            {
                var reply = new JsonObject { ["envelope_id"] = envelopeId };
                if (ack.Body is { } body)
                {
                    reply["payload"] = body;
                }
                // Its work is stored (a modal submit's even done): the ack goes out even if the connection's time ran
                // out meanwhile, or Slack would show the user a failure and deliver it again.
                using var timeout = new CancellationTokenSource(AckTimeout, clock);
                try
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(reply.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    // A socket that cannot take a few bytes in AckTimeout is gone (a cancelled send aborts it): Slack
                    // delivers the envelope again on the next connection, and its stored work is not run twice.
                    return ConnectionEnd.Dropped;
                }
            }
            return null;
        }
        switch (type)
        {
            case "hello":
                var seconds = message["debug_info"]?["approximate_connection_time"] is JsonValue v && v.TryGetValue<double>(out var s) ? s : 0;
                if (seconds > 0)
                {
                    expiry.CancelAfter(TimeSpan.FromSeconds(seconds * RefreshShare));
                }
                Log.SocketConnected(logger, SlackTurnMapper.Str(message, "debug_info", "host"), seconds);
                return null;
            case "disconnect":
                return SlackTurnMapper.Str(message, "reason") switch
                {
                    "link_disabled" => ConnectionEnd.LinkDisabled,
                    "warning" => null, // Slack follows with refresh_requested
                    _ => ConnectionEnd.RefreshRequested,
                };
            default:
                Log.SocketMessageIgnored(logger, type);
                return null;
        }
    }

    /// <summary>
    /// The answer to one envelope; null (no ack, as an HTTP 500 would be) when taking it in failed, which is logged
    /// with its envelope id and ends neither this connection nor the ones after it. Slack delivers an unacknowledged
    /// event again; a refused one (storage down) is not acknowledged either.
    /// </summary>
    private async Task<SlackAck?> TryAckForAsync(string envelopeId, string? type, JsonObject envelope, CancellationToken cancellationToken)
    {
        try
        {
            return await AckFor(type, envelope, cancellationToken) ?? SlackAck.Empty;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The receiver never runs on the connection's token, so a failure is the envelope's own even when the
            // connection's time ran out meanwhile; a cancellation then ends the connection as such.
            Log.SocketEnvelopeFailed(logger, e, envelopeId, type);
            return null;
        }
    }

    private async Task<SlackAck?> AckFor(string? type, JsonObject envelope, CancellationToken cancellationToken)
    {
        if (envelope["payload"] is not JsonObject payload)
        {
            return null;
        }
        var retry = envelope["retry_attempt"] is JsonValue r && r.TryGetValue<int>(out var attempt) && attempt > 0 ? attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return type switch
        {
            "events_api" => await receiver.ReceiveEventAsync(payload, retry, CancellationToken.None),
            "slash_commands" => await receiver.ReceiveCommandAsync(payload, CancellationToken.None),
            "interactive" => await receiver.ReceiveInteractionAsync(payload, CancellationToken.None),
            _ => null,
        };
    }

    /// <summary>The next whole text message as JSON, or null when the socket closed.</summary>
    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("A Socket Mode message was larger than the limit.");
            }
            if (result.EndOfMessage)
            {
                try
                {
                    return JsonNode.Parse(buffer.WrittenSpan) as JsonObject ?? [];
                }
                catch (JsonException)
                {
                    return [];
                }
            }
        }
    }

    /// <summary>Closes the socket politely, waiting at most <see cref="CloseTimeout"/> on the bot's clock.</summary>
    private async Task CloseAsync(ClientWebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, clock);
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // already gone
            }
        }
    }
}
