using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// A Teams turn that waits longer than <see cref="BotOptions.TurnQueueTimeout"/> behind its conversation's earlier turn
/// gets no answer: logged with its activity id, counted, and not marked processed, so Teams' redelivery runs it. The
/// earlier turn is stood in for by the test holding the conversation's gate; the wait runs out on a fake clock.
/// </summary>
public sealed class TeamsTurnQueueTests : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly WatchedConversationGate _gate = new();
    private readonly TimeSpan _queueTimeout = new BotOptions().TurnQueueTimeout;
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(null, s => s
            .AddSingleton<ChatFeature>(_feature)
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IConversationGate>(_gate)
            .AddSingleton<ILoggerProvider>(_logs));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Run_WaitsLongerThanTheQueueTimeout_DroppedLoggedCountedAndTheRedeliveryRuns()
    {
        using var metrics = new MetricRecorder(_bot.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var earlier = await _gate.Inner.EnterAsync(ConversationOf(Message("queued-1")), CancellationToken.None);
        var post = _client.PostAsync(MessagesEndpoint.Route, Message("queued-1").ToContent());
        await Polling.UntilAsync(() => _gate.Waiting == 1, "The turn did not wait for its conversation's gate.");

        _clock.Advance(_queueTimeout - TimeSpan.FromSeconds(1));
        Assert.False(_gate.LatestWait.IsCancellationRequested);
        _clock.Advance(TimeSpan.FromSeconds(1));

        using (var dropped = await post.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.Equal(HttpStatusCode.OK, dropped.StatusCode);
        }
        Assert.Contains(_logs.Lines, l => l.EventId == 2023 && l.Text.Contains("queued-1") && l.Text.Contains(nameof(TurnDropReason.QueueTimeout)));
        Assert.Equal(1, metrics.Total("onej.turns.dropped"));
        Assert.Empty(_feature.Handled);

        earlier.Dispose();
        using (var redelivered = await _client.PostAsync(MessagesEndpoint.Route, Message("queued-1").ToContent()))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }

        Assert.Single(_feature.Handled);
        Assert.Equal(["echo after the wait"], _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>()));
        Assert.DoesNotContain(_logs.Lines, l => l.EventId == 2010); // not taken for a redelivery of a processed activity
    }

    [Fact]
    public async Task Run_InvokeWaitsLongerThanTheQueueTimeout_AnswersWithABusyBannerAndCountsADrop()
    {
        using var metrics = new MetricRecorder(_bot.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var invoke = ActivityFixtures.Load("execute-invoke", _connector.ServiceUrl, "queued-invoke");
        invoke["value"]!["action"]!["verb"] = ScriptedFeature.EchoVerb.Name;
        using var earlier = await _gate.Inner.EnterAsync(ConversationOf(invoke), CancellationToken.None);
        var post = _client.PostAsync(MessagesEndpoint.Route, invoke.ToContent());
        await Polling.UntilAsync(() => _gate.Waiting == 1, "The invoke did not wait for its conversation's gate.");

        _clock.Advance(_queueTimeout);

        using var response = await post.WaitAsync(TimeSpan.FromSeconds(10));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("busy", body["value"]!.GetValue<string>());
        Assert.Contains(_logs.Lines, l => l.EventId == 2023 && l.Text.Contains("queued-invoke") && l.Text.Contains(nameof(TurnDropReason.QueueTimeout)));
        Assert.Equal(1, metrics.Total("onej.turns.dropped"));
        Assert.Empty(_feature.Handled);
    }

    private JsonObject Message(string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText("echo after the wait");

    private static string ConversationOf(JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();
}
