using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The PostgreSQL server shut down and started again while the bot runs: the bot has its own server here
/// (the shared one serves the other tests), and the same bot host lives through the outage.
/// </summary>
public sealed class PostgresServerStoppedTests : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private LocalPostgresServer _server = null!;
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _server = await LocalPostgresServer.StartAsync(timeout.Token);
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _server.AdminConnectionString },
            s => s.AddSingleton<ChatFeature>(_feature),
            inMemoryStore: false);
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<HttpStatusCode> PostAsync(string text, string id)
    {
        var activity = ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);
        using var response = await _client.PostAsync(MessagesEndpoint.Route, ((JsonNode)activity).ToContent());
        return response.StatusCode;
    }

    private List<string> Replies() => _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Run_ServerStoppedThenStartedAgain_ApologizesWith503ThenAnswersTheRedeliveryOnce()
    {
        // A first turn while the server is up: the bot's schema is in place and its pool holds open connections.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo before", "before-stop"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _server.StopServerAsync(timeout.Token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await PostAsync("echo during", "during-stop"));
        Assert.Equal(["echo before", TeamsTurnRunner.StorageDownText], Replies());

        await _server.StartServerAsync(timeout.Token);
        // Teams redelivers the refused activity: it was not marked processed, so it runs now, on the same host.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo during", "during-stop"));
        // A second redelivery finds it processed and sends nothing.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo during", "during-stop"));

        Assert.Equal(["echo before", TeamsTurnRunner.StorageDownText, "echo during"], Replies());
        Assert.Equal(["echo before", "echo during"], _feature.Handled.Select(t => t.Text!));
    }
}
