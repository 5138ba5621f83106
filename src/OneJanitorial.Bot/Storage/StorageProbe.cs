using System.Data.Common;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// Proves the database takes writes: one row in <c>storage_probe</c> rewritten with the time of the check.
/// Opening and migrating succeed on a read-only SQLite file or a read-only PostgreSQL database; this does not.
/// </summary>
public static class StorageProbe
{
    public static readonly Migration CreateTable = new(
        "state/0002_create_storage_probe",
        Sqlite: "CREATE TABLE IF NOT EXISTS storage_probe (id INTEGER NOT NULL PRIMARY KEY, checked_at TEXT NOT NULL);",
        Postgres: "CREATE TABLE IF NOT EXISTS storage_probe (id integer PRIMARY KEY, checked_at text NOT NULL);");

    private const string Upsert =
        "INSERT INTO storage_probe (id, checked_at) VALUES (1, @at) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at";

    /// <summary>Writes the probe row; throws <see cref="StorageUnavailableException"/> naming the database when it cannot.</summary>
    public static async Task CheckWritableAsync(Database database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand(Upsert).With("@at", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new StorageUnavailableException($"Storage: {database.Description} is not writable: {e.Message}", e);
        }
    }
}
