using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Issue 9, several instances: two bot hosts with Slack on, on one real PostgreSQL and one fake Slack (how the bot runs
/// on several machines behind one Slack endpoint), each accepting an event of the same DM. The two turns of that
/// conversation run one after the other, across the instances, as Teams turns do; so does a modal submit of that
/// conversation taken by the other instance. A turn whose conversation is busy on the other instance holds no worker
/// slot meanwhile, so the instance's other conversations are answered.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SlackPostgresTurnTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private readonly List<TestBotFactory> _bots = [];
    private readonly List<HttpClient> _clients = [];
    private readonly List<CapturingLoggerProvider> _logs = [];
    private FakeSlackServer _slack = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        var settings = _slack.Settings();
        settings["ConnectionStrings:Postgres"] = _connectionString;
        settings[$"Logging:LogLevel:{typeof(SlackInboxWorker).FullName}"] = "Debug"; // work put back while its conversation is busy (2141)
        for (var i = 0; i < 2; i++)
        {
            var logs = new CapturingLoggerProvider();
            _logs.Add(logs);
            var bot = new TestBotFactory(settings, s => s.AddSingleton<ChatFeature>(_feature).AddSingleton<ILoggerProvider>(logs), inMemoryStore: false);
            _bots.Add(bot);
            _clients.Add(bot.CreateClient());
        }
    }

    public async Task DisposeAsync()
    {
        _feature.Release();
        _clients.ForEach(c => c.Dispose());
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Event_TwoMessagesOfOneDmAcceptedByTwoInstances_TheSecondTurnWaitsForTheFirst()
    {
        await PostEventAsync(0, SlackFixtures.Event("message_im", "wait"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await PostEventAsync(1, SlackFixtures.Event("message_im", "echo second"));
        // The other instance's turn either runs beside the first (before) or waits for the first's lock on the DM.
        await UntilSecondTurnRunsOrWaitsAsync();
        _feature.Release();
        var posts = await _slack.WaitForAsync("chat.postMessage", count: 2);

        Assert.Equal(1, _feature.MaxConcurrent);
        Assert.Equal(["done waiting", "echo second"], posts.Select(c => c.Body["text"]!.GetValue<string>()));
        Assert.All(posts, c => Assert.Equal("D024BE91L", c.Body["channel"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Event_SlotsWorthOfMessagesWaitingForATurnOnTheOtherInstance_AnotherConversationAnsweredBeforeIt()
    {
        await PostEventAsync(0, SlackFixtures.Event("message_im", "wait"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var queued = Enumerable.Range(1, SlackInboxWorker.Parallelism).Select(i => $"echo queued {i}").ToList();
        foreach (var text in queued)
        {
            await PostEventAsync(1, SlackFixtures.Event("message_im", text));
        }

        await PostEventAsync(1, SlackFixtures.Event("app_mention", "echo from another conversation"));

        var first = Assert.Single(await _slack.WaitForAsync("chat.postMessage"));
        Assert.Equal(("C123ABC456", "echo from another conversation"), (Text(first, "channel"), Text(first, "text")));
        _feature.Release();
        var posts = await _slack.WaitForAsync("chat.postMessage", count: 2 + queued.Count);
        Assert.Equal(["done waiting", .. queued], posts.Where(c => Text(c, "channel") == "D024BE91L").Select(c => Text(c, "text")));
    }

    [Fact]
    public async Task Event_EverySlotsConversationBusyOnTheOtherInstance_AnotherConversationAnsweredAtOnceAndTheBusyOnesOnceEachAfter()
    {
        var busy = Enumerable.Range(1, SlackInboxWorker.Parallelism).Select(i => $"C0BUSY000{i}").ToList();
        foreach (var channel in busy)
        {
            await PostEventAsync(0, InChannel(channel, "wait"));
        }
        await Polling.UntilAsync(() => HandledCount() == busy.Count, "The first instance's turns did not all start.");
        foreach (var channel in busy)
        {
            await PostEventAsync(1, InChannel(channel, $"echo after {channel}"));
        }
        await UntilTriedAsync(busy.Count);

        await PostEventAsync(1, InChannel("C0FREE0001", "echo free"));

        // Before, the second instance's every worker slot waited for a lock the first holds: this waited as long.
        var first = Assert.Single(await _slack.WaitForAsync("chat.postMessage", timeoutSeconds: 10));
        Assert.Equal(("C0FREE0001", "echo free"), (Text(first, "channel"), Text(first, "text")));
        _feature.Release();
        var posts = await _slack.WaitForAsync("chat.postMessage", count: 1 + 2 * busy.Count);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a turn run twice would post again by now (busy turns are tried every second)
        Assert.Equal(1 + 2 * busy.Count, _slack.CallsTo("chat.postMessage").Count);
        Assert.All(busy, channel => Assert.Equal(
            ["done waiting", $"echo after {channel}"], posts.Where(c => Text(c, "channel") == channel).Select(c => Text(c, "text"))));
    }

    [Fact]
    public async Task ViewSubmission_WhileAMessageTurnOfItsChannelRunsOnTheOtherInstance_RunsOnceAfterIt()
    {
        await PostEventAsync(0, SlackFixtures.Event("app_mention", "wait"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var submit = PostAsync(1, SlackEndpoints.InteractionsRoute, "payload=" + Uri.EscapeDataString(
            SlackFixtures.ViewSubmission("V0PGGATE01", ScriptedFeature.EchoVerb).ToJsonString()), "application/x-www-form-urlencoded");
        await UntilSecondTurnRunsOrWaitsAsync();
        _feature.Release();
        using var answer = await submit;

        // Answered at once after the turn ("clear"), or told to come back when that took more than Slack's time allows,
        // the worker then running it: either way once, after the turn.
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await _slack.WaitForAsync("chat.postEphemeral");
        Assert.Equal(1, _feature.MaxConcurrent);
        Assert.Equal(["wait", ScriptedFeature.EchoVerb.Name], _feature.Handled.Select(t => t.Text ?? t.Verb));
    }

    private async Task PostEventAsync(int instance, JsonObject body)
    {
        using var response = await PostAsync(instance, SlackEndpoints.EventsRoute, body.ToJsonString(), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(int instance, string route, string body, string contentType)
    {
        using var request = SlackSignedRequest.Create(route, body, contentType, "secret", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return await _clients[instance].SendAsync(request);
    }

    /// <summary>
    /// Bounded: until the feature handled a second turn, or a session of the test database waits for an advisory lock, or
    /// the second instance found the conversation busy.
    /// </summary>
    private async Task UntilSecondTurnRunsOrWaitsAsync()
    {
        if (!await TriedWithinAsync(1))
        {
            throw new TimeoutException("The second turn neither ran nor waited.");
        }
    }

    /// <summary>Bounded: until <paramref name="turns"/> turns of the second instance each wait for an advisory lock or found their conversation busy.</summary>
    private async Task UntilTriedAsync(int turns)
    {
        if (!await TriedWithinAsync(turns))
        {
            throw new TimeoutException($"The second instance's {turns} turns did not all try their conversation.");
        }
    }

    /// <summary>
    /// Polls (at most 30 s) until sessions of the test database waiting for an advisory lock and pieces of work the second
    /// instance found their conversation busy for (log 2141, by id) are <paramref name="turns"/> in all; for one turn, or
    /// until the feature handled a second turn.
    /// </summary>
    private async Task<bool> TriedWithinAsync(int turns)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
            connection);
        for (var i = 0; i < 1500; i++)
        {
            var busy = _logs[1].Lines.Where(l => l.EventId == 2141).Select(l => l.Text.Split(' ')[2]).Distinct().Count();
            if ((turns == 1 && HandledCount() >= 2) || (long)(await waiting.ExecuteScalarAsync())! + busy >= turns)
            {
                return true;
            }
            await Task.Delay(20);
        }
        return false;
    }

    private static JsonObject InChannel(string channel, string text)
    {
        var body = SlackFixtures.Event("app_mention", text);
        body["event"]!["channel"] = channel;
        return body;
    }

    private static string? Text(RecordedSlackCall call, string name) => call.Body[name]?.GetValue<string>();

    private int HandledCount()
    {
        lock (_feature.Handled)
        {
            return _feature.Handled.Count;
        }
    }
}
