using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>
/// A fresh, empty app database with the ticket migrations, per test: a SQLite file in a temporary folder, or a new
/// database on the shared real PostgreSQL server.
/// </summary>
public sealed class TicketTestDatabase : IAsyncDisposable
{
    private readonly Func<Database> _open;
    private readonly DirectoryInfo? _folder;
    private readonly List<Database> _opened = [];

    private TicketTestDatabase(Func<Database> open, DirectoryInfo? folder)
    {
        _open = open;
        _folder = folder;
        Database = Reopen();
        Store = new SqlTicketStore(Database);
    }

    public Database Database { get; }

    public SqlTicketStore Store { get; }

    /// <param name="more">Schema of other stores on the same database (e.g. the reminder outbox).</param>
    public static TicketTestDatabase Sqlite(params Migration[] more)
    {
        var folder = Directory.CreateTempSubdirectory("onej-tickets-");
        return new(() => Database.ForSqlite(Path.Combine(folder.FullName, "bot.db"), [.. TicketMigrations.All, .. more]), folder);
    }

    public static async Task<TicketTestDatabase> PostgresAsync(PostgresServerFixture server, params Migration[] more)
    {
        var connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        return new(() => Database.ForPostgres(connectionString, [.. TicketMigrations.All, .. more]), null);
    }

    /// <summary>Another <see cref="Storage.Database"/> on the same data, as a second process would open it.</summary>
    public Database Reopen()
    {
        var database = _open();
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
        _folder?.Delete(recursive: true);
    }
}
