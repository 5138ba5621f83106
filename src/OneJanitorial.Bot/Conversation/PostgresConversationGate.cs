using System.Data.Common;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// One turn at a time per conversation across every bot instance on the database: the in-process gate first
/// (so one instance holds at most one database connection per busy conversation), then a PostgreSQL session
/// advisory lock on the conversation, held on its own connection until the turn ends. A crashed instance's
/// locks go with its connections. <see cref="TryEnterAsync"/> takes the lock only if it is free now
/// (<c>pg_try_advisory_lock</c>), so a caller with other work to do never waits on another instance's turn.
/// </summary>
public sealed class PostgresConversationGate(Database database, ConversationGate local) : IConversationGate
{
    private const string Lock = "SELECT pg_advisory_lock(hashtextextended(@key, 0))";
    private const string TryLock = "SELECT pg_try_advisory_lock(hashtextextended(@key, 0))";
    private const string Unlock = "SELECT pg_advisory_unlock(hashtextextended(@key, 0))";

    public async Task<IAsyncDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken) =>
        (await LockAsync(conversationId, await local.EnterAsync(conversationId, cancellationToken), wait: true, cancellationToken))!;

    public async Task<IAsyncDisposable?> TryEnterAsync(string conversationId, CancellationToken cancellationToken) =>
        local.TryEnter(conversationId) is { } inProcess ? await LockAsync(conversationId, inProcess, wait: false, cancellationToken) : null;

    /// <summary>
    /// Takes the conversation's advisory lock on a connection of its own, the in-process gate held; without
    /// <paramref name="wait"/>, null (the connection closed and the in-process gate let go) when another session holds it.
    /// </summary>
    private async Task<IAsyncDisposable?> LockAsync(string conversationId, IDisposable inProcess, bool wait, CancellationToken cancellationToken)
    {
        DbConnection? connection = null;
        try
        {
            var key = "onej.turn:" + conversationId;
            connection = await database.OpenConnectionAsync(cancellationToken);
            await using (var command = connection.CreateCommand(wait ? Lock : TryLock).With("@key", key))
            {
                if (await command.ExecuteScalarAsync(cancellationToken) is false)
                {
                    await connection.DisposeAsync();
                    inProcess.Dispose();
                    return null;
                }
            }
            return new Lease(connection, key, inProcess);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
            inProcess.Dispose();
            throw;
        }
    }

    private sealed class Lease(DbConnection connection, string key, IDisposable inProcess) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand(Unlock).With("@key", key);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (DbException)
            {
                // The connection is broken, and the lock went with its session.
            }
            finally
            {
                await connection.DisposeAsync();
                inProcess.Dispose();
            }
        }
    }
}
