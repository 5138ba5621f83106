using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Two bot hosts on one PostgreSQL database, and the instance running a conversation's turn loses its database
/// session (<c>pg_terminate_backend</c>, as when its machine dies): the conversation's lock goes with the session
/// (<see cref="PostgresConversationGate"/>), so the other instance's next turn there gets in within its queue timeout.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLockHolderLostTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(10);

    private readonly ScriptedFeature _feature = new();
    private PostgresBotInstances _bots = null!;
    private FakeBotConnector _connector = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        _bots = new PostgresBotInstances(2, _connectionString, _feature, new Dictionary<string, string?> { ["Bot:TurnQueueTimeout"] = QueueTimeout.ToString() });
    }

    public async Task DisposeAsync()
    {
        _feature.Release();
        await _bots.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(int instance, string text, string id) =>
        _bots.Clients[instance].PostAsync(
            MessagesEndpoint.Route,
            ((JsonNode)ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text)).ToContent());

    private List<string> Replies() => _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Run_LockHoldersSessionTerminated_OtherInstanceTurnGetsInWithinItsQueueTimeout()
    {
        var holding = PostAsync(0, "wait", "held");
        await _feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, await TerminateAdvisoryLockHoldersAsync());
        using (var next = await PostAsync(1, "echo after", "after-holder-lost").WaitAsync(QueueTimeout * 2))
        {
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }
        // Answered while the first instance's turn still waits: it got the lock, not a queue-timeout drop.
        Assert.Equal(["echo after"], Replies());

        _feature.Release();
        using (var held = await holding.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            // The first turn ends normally: unlocking on the dead session is not an error.
            Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        }
        Assert.Equal(["echo after", "done waiting"], Replies());
    }

    /// <summary>Ends every session of the test database that holds an advisory lock; returns how many.</summary>
    private async Task<int> TerminateAdvisoryLockHoldersAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(_connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(l.pid)) FROM pg_locks l JOIN pg_database d ON d.oid = l.database " +
            "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = @name",
            connection);
        terminate.Parameters.AddWithValue("name", database);
        return Convert.ToInt32(await terminate.ExecuteScalarAsync());
    }
}
