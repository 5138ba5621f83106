using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>
/// A fresh, empty ticket database per test: a temporary SQLite file, or — when the environment variable
/// <c>TICKETS_TEST_POSTGRES</c> holds a PostgreSQL connection string — a temporary database on that server.
/// </summary>
internal sealed class TempTicketDatabase : IDisposable
{
    public const string PostgresVariable = "TICKETS_TEST_POSTGRES";
    private readonly string? _server = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string _name = $"tickets_{Guid.NewGuid():N}";
    private readonly string _connectionString;

    public TempTicketDatabase()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            _connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), _name)}.db;Pooling=False";
            Database = new TicketDatabase(OpenSqliteAsync, TicketSqlDialect.Sqlite);
        }
        else
        {
            Admin($"CREATE DATABASE {_name}");
            _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name, Pooling = false }.ToString();
            Database = new TicketDatabase(OpenPostgresAsync, TicketSqlDialect.Postgres);
        }
        Store = new SqlTicketStore(Database);
    }

    public TicketDatabase Database { get; }

    public SqlTicketStore Store { get; }

    private async Task<DbConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<DbConnection> OpenPostgresAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            File.Delete(Path.Combine(Path.GetTempPath(), _name) + ".db");
        }
        else
        {
            Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }
}
