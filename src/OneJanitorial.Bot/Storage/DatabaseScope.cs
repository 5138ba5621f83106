using System.Data.Common;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// One unit of work on the <see cref="Database"/>: every store write made in this async flow while the scope is open
/// joins one transaction, begun at the first write (reads before it need no lock), committed by
/// <see cref="CommitAsync"/> and rolled back when the scope is disposed without it. So a dialog step that creates a
/// ticket and the step's state save commit together or not at all. A scope begun inside another joins the outer one.
/// </summary>
public sealed class DatabaseScope : IAsyncDisposable
{
    private readonly Database _database;
    private readonly DatabaseScope? _outer;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _ended;

    internal DatabaseScope(Database database, DatabaseScope? outer)
    {
        _database = database;
        _outer = outer;
    }

    internal bool IsFor(Database database) => ReferenceEquals(Root._database, database) && !Root._ended;

    /// <summary>The open transaction, or null before the first write.</summary>
    internal (DbConnection Connection, DbTransaction Transaction)? Current =>
        Root._transaction is { } transaction ? (Root._connection!, transaction) : null;

    private DatabaseScope Root => _outer?.Root ?? this;

    /// <summary>The scope's transaction, begun now when this is the first write.</summary>
    internal async Task<(DbConnection Connection, DbTransaction Transaction)> WriteAsync(CancellationToken cancellationToken)
    {
        var root = Root;
        if (root._transaction is null)
        {
            root._connection = await _database.OpenConnectionAsync(cancellationToken);
            root._transaction = await root._connection.BeginTransactionAsync(cancellationToken);
        }
        return (root._connection!, root._transaction);
    }

    /// <summary>Commits what was written (nothing to do when nothing was). A joined scope leaves that to the outer one.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_outer is not null || _ended)
        {
            return;
        }
        _ended = true;
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Leaves the scope (synchronously, so the caller's flow no longer sees it), rolling back anything not committed.</summary>
    public ValueTask DisposeAsync()
    {
        if (_outer is not null)
        {
            return ValueTask.CompletedTask;
        }
        Database.LeaveScope(this);
        _ended = true;
        return ReleaseAsync();
    }

    private async ValueTask ReleaseAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
