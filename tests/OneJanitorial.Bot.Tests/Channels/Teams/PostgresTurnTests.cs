using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The Teams turn pipeline on the real PostgreSQL: two bot hosts on one database behind a round-robin of
/// requests (how the bot runs on several machines), and the database refusing writes while the bot runs.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTurnTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private PostgresBotInstances _bots = null!;
    private FakeBotConnector _connector = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        _bots = new PostgresBotInstances(2, _connectionString, _feature);
    }

    public async Task DisposeAsync()
    {
        await _bots.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(int instance, JsonNode activity) =>
        _bots.Clients[instance % _bots.Clients.Count].PostAsync(MessagesEndpoint.Route, activity.ToContent());

    private JsonObject Message(string text, string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);

    [Fact]
    public async Task Run_SameActivityToBothInstancesWhileItRuns_IsAnsweredOnce()
    {
        var first = PostAsync(0, Message("wait", "dup-1"));
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var redelivery = PostAsync(1, Message("wait", "dup-1"));
        await Task.Delay(200);
        _feature.Release();

        Assert.All(await Task.WhenAll(first, redelivery), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_feature.Handled);
        Assert.Equal("done waiting", Assert.Single(_connector.Requests).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_HundredConcurrentMessagesIntoOneChatOverBothInstances_EachAnsweredOnceOneAtATimeInOrder()
    {
        var posts = Enumerable.Range(1, 100).Select(i => PostAsync(i, Message($"echo {i}", $"many-{i}"))).ToList();

        Assert.All(await Task.WhenAll(posts), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        Assert.Equal(1, _feature.MaxConcurrent);
        var handled = _feature.Handled.Select(t => t.Text!).ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"echo {i}").Order(), handled.Order());
        var replies = _connector.Requests.OrderBy(r => r.ArrivedAt).Select(r => r.Body!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(handled, replies);
    }

    [Fact]
    public async Task Run_DatabaseReadOnlyThenWritableAgain_ApologizesThenAnswersTheRedelivery()
    {
        await SetReadOnlyAsync(true);

        using (var down = await PostAsync(0, Message("help", "while-down")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }
        var apology = Assert.Single(_connector.Requests);
        Assert.Equal(TeamsTurnRunner.StorageDownText, apology.Body!["text"]!.GetValue<string>());

        await SetReadOnlyAsync(false);
        using (var redelivered = await PostAsync(0, Message("help", "while-down")))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }
        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("application/vnd.microsoft.card.adaptive", _connector.Requests[1].Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_StorageDownAfterTheFirstReplyOnOneInstance_RedeliveryToTheOtherSendsOnlyTheSecond()
    {
        var outages = 1;
        _feature.BetweenHalves = _ => Interlocked.Decrement(ref outages) >= 0
            ? throw new StorageUnavailableException("Injected outage after the first reply.")
            : Task.CompletedTask;

        using (var down = await PostAsync(0, Message("half", "rerun-pg")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }
        using (var redelivered = await PostAsync(1, Message("half", "rerun-pg")))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }

        // The first reply's record is in the shared database: the other instance does not send it again.
        var texts = _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>()).ToList();
        Assert.Equal([ScriptedFeature.FirstHalf, TeamsTurnRunner.StorageDownText, ScriptedFeature.SecondHalf], texts);
    }

    /// <summary>Makes every new session of the test database read-only (or not) and ends the open ones.</summary>
    private async Task SetReadOnlyAsync(bool readOnly)
    {
        var database = new NpgsqlConnectionStringBuilder(_connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        // The name is ours (a GUID from the fixture); ALTER DATABASE takes no parameters.
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE {database} SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }
        if (readOnly)
        {
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
            terminate.Parameters.AddWithValue("name", database);
            await terminate.ExecuteNonQueryAsync();
        }
    }
}
