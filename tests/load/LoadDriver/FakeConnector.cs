using System.Diagnostics;

namespace OneJanitorial.Bot.Load;

/// <summary>
/// A Bot Connector on 127.0.0.1: every POST to <c>/v3/conversations/{id}/activities[/{replyTo}]</c> answers 201 {"id"}.
/// It counts replies and how many of them carried an Adaptive Card (an SOP answer or the welcome card).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
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
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Interlocked.Increment(ref _replies);
        if (body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _cards);
        }
        return Results.Json(new { id = Stopwatch.GetTimestamp().ToString(System.Globalization.CultureInfo.InvariantCulture) }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
