using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// One of the Agents Playground's WebSocket streams (bot messages, or its request log), collected as JSON frames
/// so a test can wait for a frame with a bounded timeout and look back at everything that arrived.
/// </summary>
internal sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonObject> _frames = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _arrived = NewSignal();
    private Task _pump = Task.CompletedTask;

    public static async Task<PlaygroundStream> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var stream = new PlaygroundStream();
        await stream._socket.ConnectAsync(uri, cancellationToken);
        stream._pump = stream.PumpAsync(stream._stop.Token);
        return stream;
    }

    public IReadOnlyList<JsonObject> Frames
    {
        get
        {
            lock (_lock)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>The first frame (already arrived or arriving within <paramref name="timeout"/>) that matches.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                if (_frames.FirstOrDefault(match) is { } frame)
                {
                    return frame;
                }
                arrived = _arrived.Task;
            }
            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no {what} within {timeout.TotalSeconds:0} s; frames so far:\n{string.Join('\n', Frames.Select(Summary))}");
            }
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Add(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The Playground stopped or the test is over; the frames collected so far stay readable.
        }
    }

    private void Add(string text)
    {
        if (JsonNode.Parse(text) is not JsonObject frame)
        {
            return;
        }
        lock (_lock)
        {
            _frames.Add(frame);
            _arrived.TrySetResult();
            _arrived = NewSignal();
        }
    }

    private static string Summary(JsonObject frame)
    {
        var text = frame.ToJsonString();
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _socket.Dispose();
        _stop.Dispose();
    }
}
