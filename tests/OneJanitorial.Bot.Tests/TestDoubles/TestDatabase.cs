using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A fresh, empty database for one test on either engine: a SQLite file in a new temporary folder, or a new database
/// on the shared real PostgreSQL server (dropped with the server fixture). Every <see cref="Database"/> opened on it is
/// disposed with it, and the SQLite folder deleted.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<IEnumerable<Migration>, Database> _open;
    private readonly SqliteTestFolder? _folder;
    private readonly List<Database> _opened = [];

    private TestDatabase(Func<IEnumerable<Migration>, Database> open, SqliteTestFolder? folder)
    {
        _open = open;
        _folder = folder;
    }

    /// <param name="file">The file's path inside the new folder; its own folders need not exist yet.</param>
    public static TestDatabase Sqlite(string file = "bot.db")
    {
        var folder = new SqliteTestFolder();
        return new(migrations => Database.ForSqlite(folder.PathOf(file), migrations), folder);
    }

    public static async Task<TestDatabase> PostgresAsync(PostgresServerFixture server)
    {
        var connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        return new(migrations => Database.ForPostgres(connectionString, migrations), null);
    }

    /// <summary>A <see cref="Database"/> on the same data each call, as another process would open it.</summary>
    public Database Open(IEnumerable<Migration> migrations)
    {
        var database = _open(migrations);
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
        _folder?.Dispose();
    }
}
