using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// The app's SQL database: hands out open connections and keeps the schema current. Every store (state,
/// tickets, ...) shares the one instance from DI and registers its own <see cref="Migration"/>s.
/// The first <see cref="OpenConnectionAsync"/> applies pending migrations, so the CLI needs no startup step.
/// </summary>
public sealed class Database : IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly string? _sqliteFile;
    private readonly NpgsqlDataSource? _postgres;
    private readonly SqliteFileGuard? _fileGuard;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    private Database(DatabaseProvider provider, string connectionString, string? sqliteFile, string description, IEnumerable<Migration> migrations, ILogger? logger)
    {
        Provider = provider;
        Description = description;
        _connectionString = connectionString;
        _sqliteFile = sqliteFile;
        _migrations = [.. migrations.OrderBy(m => m.Id, StringComparer.Ordinal)];
        var duplicate = _migrations.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Migration id '{duplicate.Key}' is registered more than once.", nameof(migrations));
        }
        _postgres = provider == DatabaseProvider.Postgres ? NpgsqlDataSource.Create(connectionString) : null;
        _fileGuard = sqliteFile is null ? null : new SqliteFileGuard(sqliteFile, connectionString, logger ?? NullLogger.Instance);
    }

    private static readonly AsyncLocal<DatabaseScope?> Ambient = new();

    public DatabaseProvider Provider { get; }

    /// <summary>Where the data lives, for logs and errors; never contains a password.</summary>
    public string Description { get; }

    /// <summary>A SQLite database file (created with its folder on first use; WAL journal).</summary>
    public static Database ForSqlite(string filePath, IEnumerable<Migration> migrations, ILogger? logger = null)
    {
        var fullPath = Path.GetFullPath(filePath);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
        return new Database(DatabaseProvider.Sqlite, connectionString, fullPath, $"SQLite {fullPath}", migrations, logger);
    }

    public static Database ForPostgres(string connectionString, IEnumerable<Migration> migrations)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        return new Database(DatabaseProvider.Postgres, connectionString, null, description, migrations, null);
    }

    /// <summary>An open connection with the schema migrated; the caller disposes it (which returns it to the pool).</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }
        _fileGuard?.EnsureFilePresent();
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>
    /// Drops pooled connections after an outage, so none opened while the database was read-only or down is
    /// reused once it is back (a SQLite connection opened on a read-only file stays read-only).
    /// </summary>
    public void ResetConnections()
    {
        if (_postgres is not null)
        {
            _postgres.Clear();
            return;
        }
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Opens a <see cref="DatabaseScope"/> for the calling async flow: the writes of <see cref="WriteAsync{T}"/> made in it
    /// share one transaction until the scope commits or is disposed. Call it from the method that awaits the work.
    /// </summary>
    public DatabaseScope BeginScope()
    {
        var outer = Ambient.Value is { } current && current.IsFor(this) ? current : null;
        var scope = new DatabaseScope(this, outer);
        if (outer is null)
        {
            Ambient.Value = scope;
        }
        return scope;
    }

    internal static void LeaveScope(DatabaseScope scope)
    {
        if (ReferenceEquals(Ambient.Value, scope))
        {
            Ambient.Value = null;
        }
    }

    /// <summary>
    /// Runs statements that must see this flow's uncommitted writes: on the open scope's transaction when there is
    /// one, else on a connection of their own without a transaction.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Ambient.Value is { } scope && scope.IsFor(this) && scope.Current is { } open)
        {
            return await work(open.Connection, open.Transaction);
        }
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await work(connection, null);
    }

    /// <summary>
    /// Runs writes in a transaction: the open scope's (begun now if this is its first write; committed with the scope),
    /// else one of their own, committed when <paramref name="work"/> returns. A write an outage refused
    /// (<see cref="StorageFaults.IsOutage"/>) drops the pooled connections (<see cref="ResetConnections"/>), whoever the
    /// writer, so none opened read-only during the outage is handed out once the database takes writes again.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteOnceAsync(work, cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            ResetConnections();
            throw;
        }
    }

    private async Task<T> WriteOnceAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Ambient.Value is { } scope && scope.IsFor(this))
        {
            var (connection, transaction) = await scope.WriteAsync(cancellationToken);
            return await work(connection, transaction);
        }
        await using var own = await OpenConnectionAsync(cancellationToken);
        await using var ownTransaction = await own.BeginTransactionAsync(cancellationToken);
        var result = await work(own, ownTransaction);
        await ownTransaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Applies the migrations this database has not seen yet; returns their ids (empty when current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return [];
            }
            var applied = await MigrateOnceAsync(cancellationToken);
            _migrated = true;
            return applied;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    private async Task<IReadOnlyList<string>> MigrateOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_sqliteFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
            }
            await using var connection = await OpenRawAsync(cancellationToken);
            var applied = await MigrationRunner.ApplyAsync(connection, Provider, Description, _migrations, cancellationToken);
            _fileGuard?.Open();
            return applied;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            throw new StorageUnavailableException($"Storage: cannot open or migrate {Description}: {e.Message}", e);
        }
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        ReleaseSqliteAndLock();
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        ReleaseSqliteAndLock();
    }

    private void ReleaseSqliteAndLock()
    {
        _fileGuard?.Dispose();
        if (_sqliteFile is not null)
        {
            // Pooled connections keep the file (and its -wal/-shm) open; release them with the database.
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
        _migrateLock.Dispose();
    }
}
