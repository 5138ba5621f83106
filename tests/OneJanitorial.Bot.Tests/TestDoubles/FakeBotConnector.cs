using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A Bot Connector on 127.0.0.1 speaking the v3 REST wire format: posts and replies answer 201 {"id"},
/// updates 200, <c>POST /v3/conversations</c> starts a channel thread. Failures can be scripted ahead.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private readonly List<ConnectorRequest> _requests = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private FakeBotConnector(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeBotConnector(builder.Build());
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.Single() + "/";
        return connector;
    }

    /// <summary>The next request gets <paramref name="status"/> (with Retry-After seconds when given) instead of success.</summary>
    public void FailNext(int status, int? retryAfterSeconds = null) => _failures.Enqueue(new ScriptedFailure(status, retryAfterSeconds));

    /// <summary>The next request gets no answer until the test ends (a connector that hangs).</summary>
    public void HangNext() => _failures.Enqueue(new ScriptedFailure(0, null));

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived in total.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Requests.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body)
            : null;
        var segments = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var request = new ConnectorRequest(
            context.Request.Method,
            segments.Length > 2 ? segments[2] : null,
            segments.Length > 4 ? segments[4] : null,
            context.Request.Headers.Authorization.ToString(),
            body,
            System.Diagnostics.Stopwatch.GetTimestamp());
        lock (_lock)
        {
            _requests.Add(request);
        }
        _arrived.Release();
        await RespondAsync(context, request, segments);
    }

    private async Task RespondAsync(HttpContext context, ConnectorRequest request, string[] segments)
    {
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.Status == 0)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }
            if (failure.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            context.Response.StatusCode = failure.Status;
            return;
        }
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (segments is ["v3", "conversations"] && request.Method == "POST")
        {
            var channel = request.Body?["channelData"]?["channel"]?["id"]?.GetValue<string>();
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = $"{channel};messageid={id}", ["activityId"] = id });
            return;
        }
        if (segments is not ["v3", "conversations", _, "activities", ..])
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.StatusCode = request.Method == "PUT" ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = request.Method == "PUT" ? request.ActivityId : id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private sealed record ScriptedFailure(int Status, int? RetryAfterSeconds);
}

/// <summary>One call the bot made: method, conversation and activity ids from the path, the Authorization header, the JSON body, when it arrived (Stopwatch ticks).</summary>
public sealed record ConnectorRequest(string Method, string? ConversationId, string? ActivityId, string Authorization, JsonNode? Body, long ArrivedAt);
