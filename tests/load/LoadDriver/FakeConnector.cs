using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;

namespace OneJanitorial.Bot.Load;

/// <summary>
/// A Bot Connector on 127.0.0.1: every POST to <c>/v3/conversations/{id}/activities[/{replyTo}]</c> answers 201 {"id"}.
/// It counts replies and how many of them carried an Adaptive Card (an SOP answer or the welcome card), found in the
/// body's UTF-8 bytes as they arrived: a reply card is several KB, and decoding it into a string to search it made the
/// driver's CPU per reply grow with the size of what the target sends.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private static readonly byte[] CardContentType = "application/vnd.microsoft.card.adaptive"u8.ToArray();
    private long _replies;
    private long _cards;

    private FakeConnector(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v3/conversations/{conversation}/activities/{**rest}", HandleAsync);
    }

    public string ServiceUrl { get; private set; } = "";

    public long Replies => Interlocked.Read(ref _replies);

    public long Cards => Interlocked.Read(ref _cards);

    /// <param name="port">0 for any free port; a fixed port keeps the serviceUrl the same across runs against one bot.</param>
    public static async Task<FakeConnector> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.Single() + "/";
        return connector;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var hasCard = await ContainsAsync(request.BodyReader, CardContentType);
        Interlocked.Increment(ref _replies);
        if (hasCard)
        {
            Interlocked.Increment(ref _cards);
        }
        return Results.Json(new { id = Stopwatch.GetTimestamp().ToString(System.Globalization.CultureInfo.InvariantCulture) }, statusCode: 201);
    }

    /// <summary>Reads the whole body and tells whether <paramref name="value"/> occurs in it.</summary>
    private static async Task<bool> ContainsAsync(PipeReader body, byte[] value)
    {
        while (true)
        {
            var read = await body.ReadAsync();
            if (!read.IsCompleted)
            {
                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                continue;
            }
            var found = Contains(read.Buffer, value);
            body.AdvanceTo(read.Buffer.End);
            return found;
        }
    }

    private static bool Contains(ReadOnlySequence<byte> bytes, ReadOnlySpan<byte> value)
    {
        var reader = new SequenceReader<byte>(bytes);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, value);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
