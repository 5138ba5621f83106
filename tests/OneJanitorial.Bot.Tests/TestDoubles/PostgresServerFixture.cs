using Npgsql;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// One real PostgreSQL server for every test in <see cref="PostgresCollection"/>: the server named by
/// <c>ONEJ_TEST_POSTGRES</c> (a connection string allowed to create databases), else a private one started
/// from the installed binaries. Each test asks for its own empty database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string ServerVariable = "ONEJ_TEST_POSTGRES";

    private readonly List<string> _created = [];
    private LocalPostgresServer? _local;
    private string _adminConnectionString = "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _local = await LocalPostgresServer.StartAsync(timeout.Token);
        _adminConnectionString = _local.AdminConnectionString;
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = "onej_test_" + Guid.NewGuid().ToString("N");
        // The name is ours (a GUID), never input, and CREATE DATABASE takes no parameters.
        await ExecuteAsync($"CREATE DATABASE {name}", cancellationToken);
        lock (_created)
        {
            _created.Add(name);
        }
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_local is not null)
        {
            await _local.DisposeAsync();
            return;
        }
        foreach (var name in _created)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
