using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>The SQLite data folder deleted while the bot runs: logged, and the data written back to the same path.</summary>
public sealed class SqliteFileLossTests : IDisposable
{
    private readonly SqliteTestFolder _folder = new();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Write_DataFolderDeletedWhileRunning_LogsAndKeepsEveryItemOnDisk()
    {
        var path = _folder.PathOf(Path.Combine("data", "bot.db"));
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
