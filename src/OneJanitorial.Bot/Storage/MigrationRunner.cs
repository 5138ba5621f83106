using System.Data.Common;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// Applies pending <see cref="Migration"/>s in one transaction under a database-wide lock, so two processes
/// starting together (or parallel tests on one server) never apply a script twice.
/// </summary>
internal static class MigrationRunner
{
    // Arbitrary constant shared by every process that migrates this app's PostgreSQL schema.
    private const long PostgresLockKey = 0x4F4E454A_4D494752;

    private const string SqliteTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)";

    private const string PostgresTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())";

    public static async Task<IReadOnlyList<string>> ApplyAsync(
        DbConnection connection, DatabaseProvider provider, string description, IReadOnlyList<Migration> migrations,
        CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            // Persistent per file; must be set outside a transaction. Lets readers run while one writer writes.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
        }
        // SQLite: BeginTransaction is BEGIN IMMEDIATE, which takes the write lock up front.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (provider == DatabaseProvider.Postgres)
        {
            await using var lockCommand = connection.CreateCommand("SELECT pg_advisory_xact_lock(@key)", transaction).With("@key", PostgresLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await ExecuteAsync(connection, transaction, provider == DatabaseProvider.Sqlite ? SqliteTable : PostgresTable, cancellationToken);
        var done = await AppliedIdsAsync(connection, transaction, cancellationToken);
        var applied = new List<string>();
        foreach (var migration in migrations.Where(m => !done.Contains(m.Id)))
        {
            try
            {
                await ExecuteAsync(connection, transaction, migration.SqlFor(provider), cancellationToken);
            }
            catch (DbException e)
            {
                // The transaction rolls back on dispose: none of this run's migrations stay applied.
                throw new InvalidOperationException($"Storage: migration '{migration.Id}' failed on {description}: {e.Message}", e);
            }
            await using var record = connection.CreateCommand("INSERT INTO schema_migrations (id) VALUES (@id)", transaction).With("@id", migration.Id);
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(migration.Id);
        }
        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task<HashSet<string>> AppliedIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT id FROM schema_migrations", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
