using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class TeamsTurnRunnerTests : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?> { ["Bot:TurnTimeout"] = "00:00:05" },
            s => s.AddSingleton<ChatFeature>(_feature).AddSingleton<TimeProvider>(_clock).AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity, CancellationToken cancellationToken = default) =>
        _client.PostAsync(MessagesEndpoint.Route, activity.ToContent(), cancellationToken);

    private JsonObject Message(string text, string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);

    [Fact]
    public async Task Run_TurnOutlivesItsTimeout_IsCancelledAndAnswered200()
    {
        var post = PostAsync(Message("wait", "slow-1"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(6));

        using var response = await post;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Run_TurnOutlivesItsTimeout_LogsItsActivityIdAndCountsADrop()
    {
        using var metrics = new MetricRecorder(_bot.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var post = PostAsync(Message("wait", "slow-2"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(6));

        (await post).Dispose();
        Assert.Equal(1, metrics.Total("onej.turns.dropped"));
        Assert.Contains(_logs.Lines, l => l.EventId == 2023 && l.Text.Contains("slow-2") && l.Text.Contains(nameof(TurnDropReason.TurnTimeout)));
    }

    [Fact]
    public async Task Run_ConnectorRejectsTheReplyAndTheApology_LogsAndCountsADrop()
    {
        using var metrics = new MetricRecorder(_bot.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        _connector.FailNext(400);
        _connector.FailNext(400);

        using var response = await PostAsync(Message("echo lost", "lost-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal(1, metrics.Total("onej.turns.dropped"));
        Assert.Contains(_logs.Lines, l => l.EventId == 2023 && l.Text.Contains("lost-1") && l.Text.Contains(nameof(TurnDropReason.ConnectorFailed)));
    }

    [Fact]
    public async Task Run_InvokeOutlivesItsTimeout_AnswersWithABanner()
    {
        var invoke = ActivityFixtures.Load("execute-invoke", _connector.ServiceUrl);
        invoke["value"]!["action"]!["verb"] = ScriptedFeature.WaitVerb.Name;
        var post = PostAsync(invoke);
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(6));

        using var response = await post;
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("too long", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_ClientHangsUp_TurnStillCompletes()
    {
        using var hangUp = new CancellationTokenSource();
        var post = PostAsync(Message("wait", "slow-3"), hangUp.Token);
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await hangUp.CancelAsync();
        _feature.Release();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);

        await _connector.WaitForRequestsAsync(1);
        Assert.Equal("done waiting", Assert.Single(_connector.Requests).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_SameActivityIdAfterTenMinutes_RunsAgain()
    {
        (await PostAsync(Message("echo one", "repeat-1"))).Dispose();
        (await PostAsync(Message("echo one", "repeat-1"))).Dispose();
        Assert.Single(_feature.Handled);

        _clock.Advance(ActivityDeduplicator.Window);
        (await PostAsync(Message("echo one", "repeat-1"))).Dispose();

        Assert.Equal(2, _feature.Handled.Count);
    }
}
