using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>The SQLite data folder deleted while the bot runs: logged, and the data written back to the same path.</summary>
public sealed class SqliteFileLossTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-sqlite-loss-");
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Write_DataFolderDeletedWhileRunning_LogsAndKeepsEveryItemOnDisk()
    {
        var path = Path.Combine(_folder.FullName, "data", "bot.db");
        using var loggers = LoggerFactory.Create(b => b.AddProvider(_logs));
        await using (var database = Database.ForSqlite(path, StateStoreMigrations.All, loggers.CreateLogger<Database>()))
        {
            var store = new SqlStateStore(database);
            await store.WriteAsync("before", "{\"n\":1}", null, CancellationToken.None);

            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            await store.WriteAsync("after", "{\"n\":2}", null, CancellationToken.None);
        }

        Assert.True(File.Exists(path));
        Assert.Contains(_logs.Lines, l => l.EventId == 1010 && l.Text.Contains(path));
        await using var reopened = Database.ForSqlite(path, StateStoreMigrations.All);
        var items = await new SqlStateStore(reopened).ListAsync("", CancellationToken.None);
        Assert.Equal(["after", "before"], items.Select(i => i.Key));
    }
}
