using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>
/// A SQLite connection opened while the database file cannot be written opens read-only and stays so. Any writer
/// whose write fails drops the pooled connections, so once the file is writable again the next write of any
/// writer (a background one too, not only a turn, which resets them itself) gets a connection that can write.
/// </summary>
public sealed class SqliteWriteFailureTests
{
    private static readonly Migration Notes = Migration.Portable("test/0001_notes", "CREATE TABLE notes (id {Key}, text TEXT NOT NULL)");

    [RootFact]
    public async Task WriteAsync_FailedWhileTheFileWasUnwritable_NextWriteAfterItIsWritableAgainSucceeds()
    {
        using var folder = new SqliteTestFolder();
        var path = folder.PathOf();
        await using var database = Database.ForSqlite(path, [Notes]);
        await InsertAsync(database, "before");

        await using (await ReadOnlyFile.MakeAsync(path))
        await using (await ReadOnlyFile.MakeAsync(path + "-wal"))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => InsertAsync(database, "outage, pooled connection"));
            // What a turn does after its failed write: every connection opened from now on is a new one, read-only.
            database.ResetConnections();
            await Assert.ThrowsAnyAsync<Exception>(() => InsertAsync(database, "outage, new connection"));
        }

        await InsertAsync(database, "after");
        Assert.Equal(["before", "after"], await TextsAsync(database));
    }

    private static Task<int> InsertAsync(Database database, string text) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO notes (text) VALUES ($text)";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$text";
            parameter.Value = text;
            command.Parameters.Add(parameter);
            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);

    private static Task<List<string>> TextsAsync(Database database) =>
        database.ReadAsync(async (connection, _) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT text FROM notes ORDER BY id";
            await using var reader = await command.ExecuteReaderAsync();
            var texts = new List<string>();
            while (await reader.ReadAsync())
            {
                texts.Add(reader.GetString(0));
            }
            return texts;
        }, CancellationToken.None);
}
