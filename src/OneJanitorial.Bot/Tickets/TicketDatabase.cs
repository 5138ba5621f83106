using System.Data.Common;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// How the ticket store reaches its database: an opener that returns an open connection, and the dialect.
/// Applies the schema once per process before the first use.
/// </summary>
public sealed class TicketDatabase(Func<CancellationToken, Task<DbConnection>> openConnectionAsync, TicketSqlDialect dialect)
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaApplied;

    public TicketSqlDialect Dialect => dialect;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaApplied)
        {
            await ApplySchemaAsync(cancellationToken);
        }
        return await openConnectionAsync(cancellationToken);
    }

    private async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaApplied)
            {
                return;
            }
            await using var connection = await openConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var statement in dialect.Schema())
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            _schemaApplied = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
