using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>A sendMail call as Graph received it.</summary>
public sealed record RecordedSendMail(string Path, string? Authorization, JsonObject Body);

/// <summary>
/// Real Kestrel on 127.0.0.1 (port 0) playing both the Entra token endpoint (<c>POST /{tenant}/oauth2/v2.0/token</c>)
/// and Microsoft Graph (<c>POST /v1.0/users/{id}/sendMail</c> → 202). <see cref="SendMailStatus"/> makes Graph refuse.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string AccessToken = "fake-graph-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedSendMail> _sent = new();

    private FakeGraphServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int SendMailStatus { get; set; } = StatusCodes.Status202Accepted;

    public int TokenRequests { get; private set; }

    public IReadOnlyList<RecordedSendMail> SentMail => [.. _sent];

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)server.Token);
        app.MapPost("/v1.0/users/{user}/sendMail", (Delegate)server.SendMailAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    private IResult Token(HttpContext context)
    {
        TokenRequests++;
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = AccessToken,
        });
    }

    private async Task<IResult> SendMailAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        _sent.Enqueue(new RecordedSendMail(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), body));
        return SendMailStatus == StatusCodes.Status202Accepted
            ? Results.StatusCode(StatusCodes.Status202Accepted)
            : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ErrorAccessDenied", ["message"] = "Access is denied." } }, statusCode: SendMailStatus);
    }

    /// <summary>Sends every request, whatever its host, to this server: the client keeps its real URLs, traffic stays on loopback.</summary>
    public DelegatingHandler Redirect() => new RedirectHandler(BaseUri);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class RedirectHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
