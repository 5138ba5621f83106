using Microsoft.Data.Sqlite;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// Keeps one connection open on the SQLite file. When the file (or its folder) is deleted while the bot runs,
/// pooled connections would go on writing into the deleted file and everything would be lost at the next start;
/// instead the next <see cref="EnsureFilePresent"/> logs it and writes the data, still readable through this
/// connection, back to the same path. Writes racing with the restore itself can be lost.
/// </summary>
internal sealed partial class SqliteFileGuard(string filePath, string connectionString, ILogger logger) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _sentinel;

    public void Open()
    {
        lock (_lock)
        {
            _sentinel ??= OpenUnpooled();
        }
    }

    /// <summary>Restores the file from the open connection when it has disappeared; cheap (one stat) otherwise.</summary>
    public void EnsureFilePresent()
    {
        if (_sentinel is null || File.Exists(filePath))
        {
            return;
        }
        lock (_lock)
        {
            if (_sentinel is null || File.Exists(filePath))
            {
                return;
            }
            LogDeleted(logger, filePath);
            using (var pooled = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(pooled);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
            using (var restored = OpenUnpooled())
            {
                _sentinel.BackupDatabase(restored);
            }
            _sentinel.Dispose();
            _sentinel = OpenUnpooled();
            LogRestored(logger, filePath);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _sentinel?.Dispose();
            _sentinel = null;
        }
    }

    // One read opens the -wal and -shm files too, so this connection keeps all three even once they are unlinked.
    private SqliteConnection OpenUnpooled()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sqlite_master";
        read.ExecuteScalar();
        return connection;
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Storage: the database file {Path} was deleted while the bot was running; restoring it from the open connection")]
    private static partial void LogDeleted(ILogger logger, string path);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Storage: restored the database file {Path}")]
    private static partial void LogRestored(ILogger logger, string path);
}
