using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Nothing lost, nothing doubled when the Bot Connector cannot take a reply: it is kept in the state store and sent once
/// the connector takes it (<see cref="TeamsOutbox"/>, <see cref="TeamsOutboxSender"/>), in order with the conversation's
/// later replies, after a restart too, once across a redelivery, and given up (logged, counted) only past its max age.
/// A card update in place is kept the same way, in order with the replies.
/// One attempt per call (<c>Bot:ConnectorMaxAttempts</c> 1), so one scripted 500 is a call the connector could not take.
/// </summary>
public sealed class TeamsOutboxTests : IAsyncLifetime
{
    private readonly TurnAwareClock _clock = new(new BotOptions().TurnTimeout);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly SqliteTestFolder _folder = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Run_ConnectorDownForAReply_ItArrivesOnceWhenBackInOrderWithTheNextTurnsReply()
    {
        await using var bot = Start();
        using var client = bot.CreateClient();
        _connector.FailNext(500);

        using (var first = await PostAsync(client, Message("echo ticket 12 created", "down-1")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        (await PostAsync(client, Message("echo anything else?", "down-2"))).Dispose();
        Assert.Equal(["echo ticket 12 created"], Texts()); // the failed call; the next turn's reply waits behind it

        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 3, 60, "The kept replies were not sent.");
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        // Before, the first reply was lost (the user got "Sorry, something went wrong" instead) and the second sent at once.
        Assert.Equal(["echo ticket 12 created", "echo ticket 12 created", "echo anything else?"], Texts());
        Assert.Empty(await bot.Services.GetRequiredService<IStateStore>().ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Run_RestartWithAKeptReply_TheNewProcessSendsItOnce()
    {
        await using (var before = Start())
        {
            using var client = before.CreateClient();
            _connector.FailNext(500);
            (await PostAsync(client, Message("echo kept over a restart", "restart-1"))).Dispose();
            Assert.Single(_connector.Requests);
        }

        await using var after = Start();
        using var metrics = new MetricRecorder(after.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 2, 60, "The kept reply was not sent after the restart.");
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        Assert.Equal(["echo kept over a restart", "echo kept over a restart"], Texts());
        Assert.Equal(1, metrics.Total("onej.outbox.sent"));
    }

    [Fact]
    public async Task Run_RedeliveryOfATurnWhoseReplyWasKept_KeepsItOnceAndTheRestBehindIt()
    {
        var feature = new ScriptedFeature();
        var outages = 1;
        feature.BetweenHalves = _ => Interlocked.Decrement(ref outages) >= 0
            ? throw new StorageUnavailableException("Injected outage after the first reply.")
            : Task.CompletedTask;
        await using var bot = Start(feature);
        using var client = bot.CreateClient();
        _connector.FailNext(500);

        using (var down = await PostAsync(client, Message("half", "redelivered-1")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }
        using (var redelivered = await PostAsync(client, Message("half", "redelivered-1")))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }
        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 4, 60, "The kept replies were not sent.");
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        Assert.Equal([ScriptedFeature.FirstHalf, TeamsTurnRunner.StorageDownText, ScriptedFeature.FirstHalf, ScriptedFeature.SecondHalf], Texts());
    }

    [Fact]
    public async Task Run_ConnectorDownDuringAnInvoke_AnswersTheInvokeAndSendsItsMessageLater()
    {
        await using var bot = Start();
        using var client = bot.CreateClient();
        var invoke = ActivityFixtures.Load("execute-invoke", _connector.ServiceUrl, "invoke-1");
        invoke["value"]!["action"]!["verb"] = ScriptedFeature.EchoVerb.Name;
        invoke["value"]!["action"]!["data"] = new JsonObject { ["site"] = "Acme Plaza" };
        _connector.FailNext(500);

        using var response = await PostAsync(client, invoke);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 2, 60, "The kept message was not sent.");

        // Before, the invoke answered 500 InternalError and the message was lost.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Done.", body["value"]!.GetValue<string>());
        Assert.Equal(["site: Acme Plaza", "site: Acme Plaza"], Texts());
    }

    [Fact]
    public async Task Run_ConnectorDownForACardUpdate_ItIsKeptAndMadeOnceWhenBackBeforeTheNextTurnsReply()
    {
        await using var bot = Start();
        using var client = bot.CreateClient();
        _connector.FailNext(500);

        using (var pressed = await PostAsync(client, CardPress("update-1")))
        {
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        }
        (await PostAsync(client, Message("echo anything else?", "update-2"))).Dispose();
        Assert.Equal(["update card-message-1"], Calls()); // the failed update; the next turn's reply waits behind it

        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 3, 60, "The kept update was not made.");
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        // Before, the update was lost (the user got "Sorry, something went wrong" instead).
        Assert.Equal(["update card-message-1", "update card-message-1", "echo anything else?"], Calls());
        Assert.Contains("Ticket 42 saved", _connector.Requests[1].Body!.ToJsonString());
        Assert.Contains(_logs.Lines, l => l.EventId == 2049 && l.Text.Contains("update-1"));
    }

    [Fact]
    public async Task Run_CardUpdateWhileRepliesAreKept_ItWaitsBehindThem()
    {
        await using var bot = Start();
        using var client = bot.CreateClient();
        _connector.FailNext(500);

        (await PostAsync(client, Message("echo ticket 42 created", "behind-1"))).Dispose();
        (await PostAsync(client, CardPress("behind-2"))).Dispose();
        Assert.Equal(["echo ticket 42 created"], Calls());

        await Polling.RunClockUntilAsync(_clock, () => _connector.Requests.Count >= 3, 60, "The kept update was not made.");
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        // Before, the update overtook the kept reply: made at once, while the reply waited for the connector.
        Assert.Equal(["echo ticket 42 created", "echo ticket 42 created", "update card-message-1"], Calls());
        Assert.Empty(await bot.Services.GetRequiredService<IStateStore>().ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Send_ConnectorDownPastTheMaxAge_GivesTheReplyUpLoggedAndCounted()
    {
        await using var bot = Start(settings: new() { ["Bot:OutboxMaxAge"] = "00:01:00" });
        using var metrics = new MetricRecorder(bot.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        using var client = bot.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            _connector.FailNext(503);
        }

        (await PostAsync(client, Message("echo never taken", "old-1"))).Dispose();
        await Polling.RunClockUntilAsync(_clock, () => _logs.Lines.Any(l => l.EventId == 2043), 180, "The old reply was not given up.");
        var tried = _connector.Requests.Count;
        await RunClockAsync(TeamsOutboxSender.PollInterval * 2);

        Assert.Contains(_logs.Lines, l => l.EventId == 2043 && l.Text.Contains("old-1"));
        Assert.Equal(1, metrics.Total("onej.outbox.given_up"));
        Assert.Equal(0, metrics.Total("onej.outbox.sent"));
        Assert.Equal(tried, _connector.Requests.Count);
        Assert.Equal(5, tried); // the turn's call, then tries 5, 10, 20 and 40 s after it; none past the minute
    }

    private TestBotFactory Start(ScriptedFeature? feature = null, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = "1", ["Storage:SqlitePath"] = _folder.PathOf() };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        return new TestBotFactory(
            all,
            s => s.AddSingleton<ChatFeature>(feature ?? new ScriptedFeature()).AddSingleton<TimeProvider>(_clock).AddSingleton<ILoggerProvider>(_logs),
            inMemoryStore: false);
    }

    /// <summary>Moves the clock a second at a time, between turns, letting the bot's background work run.</summary>
    private async Task RunClockAsync(TimeSpan span)
    {
        for (var second = 0; second < span.TotalSeconds; second++)
        {
            await _clock.AdvanceBetweenTurnsAsync(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity) =>
        client.PostAsync(MessagesEndpoint.Route, activity.ToContent());

    private JsonObject Message(string text, string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);

    /// <summary>A press of a button of the bot's card message "card-message-1" that updates that card in place.</summary>
    private JsonObject CardPress(string id)
    {
        var press = ActivityFixtures.Load("submit", _connector.ServiceUrl, id);
        press["value"] = new JsonObject { ["verb"] = ScriptedFeature.ReplaceVerb.Name, ["ticket"] = "42" };
        return press;
    }

    private List<string> Texts() => [.. _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>())];

    /// <summary>The connector's calls in order: a new message's text, or "update" and the id of the message updated.</summary>
    private List<string> Calls() =>
        [.. _connector.Requests.Select(r => r.Method == "PUT" ? $"update {r.ActivityId}" : r.Body!["text"]!.GetValue<string>())];
}
