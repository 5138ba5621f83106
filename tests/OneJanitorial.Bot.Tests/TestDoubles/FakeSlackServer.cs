using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>A Web API call or response_url post as Slack received it.</summary>
public sealed record RecordedSlackCall(string Method, string? Authorization, JsonObject Body)
{
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

    /// <summary>What the fake answered (set once it has).</summary>
    public JsonObject? Response { get; set; }
}

/// <summary>
/// Slack on 127.0.0.1 (real Kestrel, port 0), speaking its wire format: the Web API at <c>/api/{method}</c> (JSON in,
/// <c>{"ok":…}</c> out, HTTP 200 even for <c>ok:false</c>; bearer tokens checked), response_urls at
/// <c>/response/{id}</c> (each taken <see cref="ResponseUrlUses"/> times), and Socket Mode at <c>/link/</c> (see <see cref="FakeSocketMode"/>).
/// <see cref="RateLimitNext"/> makes the next call of a method answer HTTP 429 with Retry-After, <see cref="FailNext"/> HTTP 500
/// (or drop the connection, or not answer: <see cref="SlackFault"/>),
/// <see cref="RefuseChannel"/> a channel error (to a post or an ephemeral post).
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotToken = "xoxb-fake-bot-token";
    public const string AppToken = "xapp-fake-app-token";
    public const string BotUserId = "UBOT0001";

    /// <summary>Slack takes a response_url this many times (within 30 minutes); after that it answers HTTP 404 <c>used_url</c>.</summary>
    public const int ResponseUrlUses = 5;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _rateLimits = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly ConcurrentDictionary<string, int> _passesBeforeFailing = new();
    private readonly ConcurrentDictionary<string, SlackFault> _faults = new();
    private readonly ConcurrentDictionary<string, string> _refusedChannels = new();
    private readonly ConcurrentDictionary<string, int> _responseUses = new();
    private long _ts = 1_764_320_000_000_100;

    private FakeSlackServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>What the bot's <c>Slack:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => new Uri(BaseUri, "/api/").ToString();

    /// <summary>The settings of a bot whose Web API is this server (HTTP endpoints, signing secret "secret"); add to them per test.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Slack:SigningSecret"] = "secret",
        ["Slack:BotToken"] = BotToken,
        ["Slack:ApiBaseUrl"] = ApiBaseUrl,
    };

    public FakeSocketMode SocketMode { get; } = new();

    public IReadOnlyList<RecordedSlackCall> Calls => [.. _calls];

    public IReadOnlyList<RecordedSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public string ResponseUrl(string id) => new Uri(BaseUri, $"/response/{id}").ToString();

    /// <summary>A response_url already taken its <see cref="ResponseUrlUses"/> times (as after a long reply): refused from now on.</summary>
    public string UsedUpResponseUrl(string id)
    {
        _responseUses[id] = ResponseUrlUses;
        return ResponseUrl(id);
    }

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (Delegate)server.ApiAsync);
        app.MapPost("/response/{id}", (Delegate)server.ResponseAsync);
        app.Map("/link", (Delegate)server.SocketMode.AcceptAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get HTTP 429 with <c>Retry-After: 1</c>.</summary>
    public void RateLimitNext(string method, int times = 1) => _rateLimits[method] = times;

    /// <summary>
    /// After the next <paramref name="after"/> calls of <paramref name="method"/> (answered as usual), the
    /// <paramref name="times"/> calls after them fail as <paramref name="fault"/> says (HTTP 500: Slack having a bad moment).
    /// </summary>
    public void FailNext(string method, int times = 1, int after = 0, SlackFault fault = SlackFault.Http500)
    {
        _faults[method] = fault;
        _passesBeforeFailing[method] = after;
        _failures[method] = times;
    }

    /// <summary>chat.postMessage and chat.postEphemeral into <paramref name="channel"/> answer <c>ok:false</c> with <paramref name="error"/> (e.g. not_in_channel).</summary>
    public void RefuseChannel(string channel, string error) => _refusedChannels[channel] = error;

    /// <summary>Waits (bounded) until <paramref name="method"/> was called at least <paramref name="count"/> times.</summary>
    public async Task<IReadOnlyList<RecordedSlackCall>> WaitForAsync(string method, int count = 1, int timeoutSeconds = 20)
    {
        for (var i = 0; i < timeoutSeconds * 20; i++)
        {
            if (CallsTo(method) is { } calls && calls.Count >= count)
            {
                return calls;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Slack got {CallsTo(method).Count} {method} calls within {timeoutSeconds} s, expected {count}. Calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    private async Task<IResult> ApiAsync(HttpContext context, string method)
    {
        var body = await ReadBodyAsync(context.Request);
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        var call = new RecordedSlackCall(method, authorization, body);
        if (_rateLimits.TryGetValue(method, out var left) && left > 0)
        {
            _rateLimits[method] = left - 1;
            context.Response.Headers.RetryAfter = "1";
            return Results.Json(Record(call, Error("ratelimited")), statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (_failures.TryGetValue(method, out var failing) && failing > 0 && _passesBeforeFailing.TryGetValue(method, out var passes) && passes > 0)
        {
            _passesBeforeFailing[method] = passes - 1;
        }
        else if (failing > 0)
        {
            _failures[method] = failing - 1;
            return await FailAsync(context, call, _faults.GetValueOrDefault(method));
        }
        var token = method == "apps.connections.open" ? AppToken : BotToken;
        var answer = authorization == $"Bearer {token}" ? Answer(method, body) : Error(authorization is null ? "not_authed" : "invalid_auth");
        return Results.Json(Record(call, answer));
    }

    /// <summary>A dropped or unanswered call is recorded without a response.</summary>
    private async Task<IResult> FailAsync(HttpContext context, RecordedSlackCall call, SlackFault fault)
    {
        if (fault == SlackFault.Http500)
        {
            return Results.Json(Record(call, Error("internal_error")), statusCode: StatusCodes.Status500InternalServerError);
        }
        _calls.Enqueue(call);
        if (fault == SlackFault.Hang)
        {
            await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        context.Abort();
        return Results.Empty;
    }

    private JsonObject Record(RecordedSlackCall call, JsonObject answer)
    {
        call.Response = (JsonObject)answer.DeepClone();
        _calls.Enqueue(call);
        return answer;
    }

    private JsonObject Answer(string method, JsonObject body)
    {
        var channel = body["channel"]?.GetValue<string>();
        return method switch
        {
            "chat.postMessage" when channel is null => Error("channel_not_found"),
            "chat.postMessage" when _refusedChannels.TryGetValue(channel, out var refused) => Error(refused),
            "chat.postMessage" => Ok(("channel", channel), ("ts", NextTs()), ("message", new JsonObject { ["type"] = "message", ["bot_id"] = "B0FAKE", ["text"] = body["text"]?.DeepClone() })),
            "chat.update" => Ok(("channel", channel), ("ts", body["ts"]?.DeepClone()), ("text", body["text"]?.DeepClone())),
            "chat.postEphemeral" when channel is not null && _refusedChannels.TryGetValue(channel, out var refused) => Error(refused),
            "chat.postEphemeral" => Ok(("message_ts", NextTs())),
            "views.open" or "views.push" or "views.update" or "views.publish" =>
                Ok(("view", new JsonObject { ["id"] = "V" + NextTs().Replace(".", ""), ["type"] = body["view"]?["type"]?.DeepClone(), ["hash"] = NextTs() })),
            "conversations.open" => Ok(("channel", new JsonObject { ["id"] = "D" + body["users"]?.GetValue<string>() })),
            "apps.connections.open" => Ok(("url", new Uri(new Uri(BaseUri.ToString().Replace("http", "ws", StringComparison.Ordinal)), $"/link/?ticket={Guid.NewGuid():N}").ToString())),
            _ => Error("unknown_method"),
        };
    }

    private async Task<IResult> ResponseAsync(HttpContext context, string id)
    {
        var call = new RecordedSlackCall($"response_url:{id}", context.Request.Headers.Authorization.FirstOrDefault(), await ReadBodyAsync(context.Request));
        if (_responseUses.AddOrUpdate(id, 1, (_, uses) => uses + 1) > ResponseUrlUses)
        {
            Record(call, Error("used_url"));
            return Results.Text("used_url", statusCode: StatusCodes.Status404NotFound);
        }
        _calls.Enqueue(call);
        return Results.Text("ok");
    }

    private string NextTs()
    {
        var n = Interlocked.Increment(ref _ts);
        return $"{n / 1_000_000}.{n % 1_000_000:D6}";
    }

    private static JsonObject Ok(params (string Key, JsonNode? Value)[] fields)
    {
        var result = new JsonObject { ["ok"] = true };
        foreach (var (key, value) in fields)
        {
            result[key] = value;
        }
        return result;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        SocketMode.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
