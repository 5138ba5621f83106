using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.TestDoubles;

public enum FakeOpenAiMode
{
    /// <summary>Answers with the next scripted content.</summary>
    Scripted,

    /// <summary>Answers 500 with an OpenAI error body (chat and embeddings).</summary>
    Failing,

    /// <summary>Holds every chat request until the server is disposed (or the client gives up).</summary>
    Slow,
}

/// <summary>A chat request as the server received it.</summary>
public sealed record RecordedChatRequest(string Path, string Query, string? ApiKey, string? Authorization, JsonObject Body)
{
    public string? SystemPrompt => MessageContent("system");
    public string? UserPrompt => MessageContent("user");
    public string? ResponseFormatType => Body["response_format"]?["type"]?.GetValue<string>();

    private string? MessageContent(string role) =>
        Body["messages"]?.AsArray().FirstOrDefault(m => m?["role"]?.GetValue<string>() == role)?["content"] switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
            _ => null,
        };
}

/// <summary>
/// Real Kestrel on 127.0.0.1 (port 0) speaking the OpenAI chat-completions wire format, both the OpenAI path
/// (<c>POST /v1/chat/completions</c>) and the Azure path (<c>/openai/deployments/{d}/chat/completions?api-version=…</c>);
/// embeddings likewise (<c>/v1/embeddings</c>, <c>/openai/deployments/{d}/embeddings</c>) with <see cref="FakeEmbeddings"/> vectors.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _contents = new();
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedEmbeddingRequest> _embeddingRequests = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _requestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public FakeOpenAiMode Mode { get; set; } = FakeOpenAiMode.Scripted;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The base URL an OpenAI-compatible client is configured with.</summary>
    public string OpenAiEndpoint => BaseUrl + "/v1";

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    public IReadOnlyList<RecordedEmbeddingRequest> EmbeddingRequests => [.. _embeddingRequests];

    /// <summary>Completes when the next request arrives (reset after each).</summary>
    public Task RequestArrived => _requestArrived.Task;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", (Delegate)server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (Delegate)server.HandleAsync);
        app.MapPost("/v1/embeddings", (Delegate)server.HandleEmbeddingsAsync);
        app.MapPost("/openai/deployments/{deployment}/embeddings", (Delegate)server.HandleEmbeddingsAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>Queues the assistant message contents of the next answers, in order.</summary>
    public void Enqueue(params string[] contents)
    {
        foreach (var content in contents)
        {
            _contents.Enqueue(content);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = (JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject)!;
        _requests.Enqueue(new RecordedChatRequest(
            context.Request.Path, context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(), context.Request.Headers.Authorization.FirstOrDefault(), body));
        Interlocked.Exchange(ref _requestArrived, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        switch (Mode)
        {
            case FakeOpenAiMode.Failing:
                return Results.Json(Error("The server had an error while processing your request."), statusCode: 500);
            case FakeOpenAiMode.Slow:
                await _release.Task.WaitAsync(context.RequestAborted);
                break;
        }
        return _contents.TryDequeue(out var content)
            ? Results.Json(Completion(body["model"]?.GetValue<string>() ?? "fake-model", content))
            : Results.Json(Error("No scripted answer left."), statusCode: 500);
    }

    private async Task<IResult> HandleEmbeddingsAsync(HttpContext context)
    {
        var body = (JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject)!;
        var model = body["model"]?.GetValue<string>();
        var inputs = FakeEmbeddings.Inputs(body["input"]);
        _embeddingRequests.Enqueue(new RecordedEmbeddingRequest(
            context.Request.Path, context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(), context.Request.Headers.Authorization.FirstOrDefault(), model, inputs));
        return Mode == FakeOpenAiMode.Failing
            ? Results.Json(Error("The server had an error while processing your request."), statusCode: 500)
            : Results.Json(FakeEmbeddings.Response(model ?? "fake-embeddings", inputs, body["encoding_format"]?.GetValue<string>() == "base64"));
    }

    private static JsonObject Completion(string model, string content) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1767225600,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

    private static JsonObject Error(string message) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = "server_error", ["code"] = null },
    };

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
