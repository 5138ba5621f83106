using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>Bursts into one conversation on the real clock (the connector rate limiter runs on it): takes a few seconds.</summary>
public sealed class TeamsTurnBurstTests : IAsyncLifetime
{
    private const int Burst = 30;

    private readonly ScriptedFeature _feature = new();
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?> { ["Bot:TurnTimeout"] = "00:00:02" },
            s => s.AddSingleton<ChatFeature>(_feature));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    // Replies are limited to 7 a second per conversation, so the last turns of the burst wait well over the
    // 2 s turn timeout behind the earlier ones: only the time a turn runs may count against it.
    [Fact]
    public async Task Run_BurstIntoOneChatLongerThanTheTurnTimeout_AnswersEveryMessage()
    {
        var posts = Enumerable.Range(1, Burst)
            .Select(i => _client.PostAsync(MessagesEndpoint.Route, Message($"echo {i}", $"burst-{i}").ToContent()))
            .ToList();

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Burst, _feature.Handled.Count);
        Assert.Equal(Burst, _connector.Requests.Count);
        Assert.Equal(1, _feature.MaxConcurrent);
    }

    private JsonObject Message(string text, string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);
}
