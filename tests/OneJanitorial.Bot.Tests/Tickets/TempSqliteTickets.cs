using System.Data.Common;
using Microsoft.Data.Sqlite;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>A ticket database in a temporary SQLite file, deleted afterwards.</summary>
internal sealed class TempSqliteTickets : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tickets-{Guid.NewGuid():N}.db");

    public TempSqliteTickets()
    {
        Database = new TicketDatabase(OpenAsync, TicketSqlDialect.Sqlite);
        Store = new SqlTicketStore(Database);
    }

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public TicketDatabase Database { get; }

    public SqlTicketStore Store { get; }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public void Dispose() => File.Delete(_path);
}
