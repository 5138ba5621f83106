using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>A fresh, empty app database with the ticket migrations, per test, on either engine (<see cref="TestDatabase"/>).</summary>
public sealed class TicketTestDatabase : IAsyncDisposable
{
    private readonly TestDatabase _data;
    private readonly Migration[] _migrations;

    private TicketTestDatabase(TestDatabase data, Migration[] more)
    {
        _data = data;
        _migrations = [.. TicketMigrations.All, .. more];
        Database = Reopen();
        Store = new SqlTicketStore(Database);
    }

    public Database Database { get; }

    public SqlTicketStore Store { get; }

    /// <param name="more">Schema of other stores on the same database (e.g. the reminder outbox).</param>
    public static TicketTestDatabase Sqlite(params Migration[] more) => new(TestDatabase.Sqlite(), more);

    public static async Task<TicketTestDatabase> PostgresAsync(PostgresServerFixture server, params Migration[] more) =>
        new(await TestDatabase.PostgresAsync(server), more);

    /// <summary>Another <see cref="Storage.Database"/> on the same data, as a second process would open it.</summary>
    public Database Reopen() => _data.Open(_migrations);

    public ValueTask DisposeAsync() => _data.DisposeAsync();
}
