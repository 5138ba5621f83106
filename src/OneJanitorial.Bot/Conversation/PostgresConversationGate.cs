using System.Data.Common;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// One turn at a time per conversation across every bot instance on the database: the in-process gate first
/// (so one instance holds at most one database connection per busy conversation), then a PostgreSQL session
/// advisory lock on the conversation, held on its own connection until the turn ends. A crashed instance's
/// locks go with its connections.
/// </summary>
public sealed class PostgresConversationGate(Database database, ConversationGate local) : IConversationGate
{
    private const string Lock = "SELECT pg_advisory_lock(hashtextextended(@key, 0))";
    private const string Unlock = "SELECT pg_advisory_unlock(hashtextextended(@key, 0))";

    public async Task<IAsyncDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var inProcess = await local.EnterAsync(conversationId, cancellationToken);
        DbConnection? connection = null;
        try
        {
            var key = "onej.turn:" + conversationId;
            connection = await database.OpenConnectionAsync(cancellationToken);
            await using (var command = connection.CreateCommand(Lock).With("@key", key))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
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
