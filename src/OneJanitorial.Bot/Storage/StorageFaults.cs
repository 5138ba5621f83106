using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// Tells an outage of the database (unreachable, shut down, read-only, disk full, file gone) from a bug or a
/// constraint violation. An outage is worth telling the user about and retrying later; a bug is not.
/// </summary>
public static class StorageFaults
{
    // Primary SQLite result codes: BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
    private static readonly int[] SqliteOutages = [5, 6, 7, 8, 10, 13, 14, 15];

    // PostgreSQL SQLSTATE classes and codes: connection, insufficient resources, operator intervention
    // (shutdown), read-only transaction, serialization failure, deadlock.
    private static readonly string[] PostgresOutages = ["08", "53", "57P", "25006", "40001", "40P01"];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) means the database is unavailable right now.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StorageUnavailableException:
                    return true;
                case PostgresException postgres:
                    return postgres.IsTransient || PostgresOutages.Any(code => postgres.SqlState.StartsWith(code, StringComparison.Ordinal));
                case NpgsqlException:
                    return true;
                case SqliteException sqlite:
                    return SqliteOutages.Contains(sqlite.SqliteErrorCode & 0xFF);
                case DbException:
                    return false;
            }
        }
        return false;
    }
}
