using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Processed activities in PostgreSQL, shared by every bot instance on the database. Rows older than
/// <see cref="ActivityDeduplicator.Window"/> no longer count and are deleted now and then.
/// </summary>
public sealed class PostgresProcessedActivities(Database database, TimeProvider clock) : IProcessedActivities
{
    public static readonly Migration CreateTable = new(
        "teams/0001_create_processed_activities",
        Sqlite: """
            CREATE TABLE IF NOT EXISTS processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id     TEXT NOT NULL,
                processed_at    TEXT NOT NULL,
                PRIMARY KEY (conversation_id, activity_id)
            );
            """,
        Postgres: """
            CREATE TABLE IF NOT EXISTS processed_activities (
                conversation_id text NOT NULL,
                activity_id     text NOT NULL,
                processed_at    timestamptz NOT NULL,
                PRIMARY KEY (conversation_id, activity_id)
            );
            CREATE INDEX IF NOT EXISTS processed_activities_processed_at ON processed_activities (processed_at);
            """);

    private const string Select =
        "SELECT 1 FROM processed_activities WHERE conversation_id = @conversation AND activity_id = @activity AND processed_at > @since";

    private const string Upsert =
        "INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES (@conversation, @activity, @at) " +
        "ON CONFLICT (conversation_id, activity_id) DO UPDATE SET processed_at = excluded.processed_at";

    private const string Purge = "DELETE FROM processed_activities WHERE processed_at <= @since";

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(1);
    private long _lastPurgeTicks;

    public async Task<bool> ContainsAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(Select)
            .With("@conversation", conversationId).With("@activity", activityId).With("@since", clock.GetUtcNow() - ActivityDeduplicator.Window);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task AddAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var command = connection.CreateCommand(Upsert).With("@conversation", conversationId).With("@activity", activityId).With("@at", now))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var last = Interlocked.Read(ref _lastPurgeTicks);
        if (now.UtcTicks - last >= PurgeEvery.Ticks && Interlocked.CompareExchange(ref _lastPurgeTicks, now.UtcTicks, last) == last)
        {
            await using var purge = connection.CreateCommand(Purge).With("@since", now - ActivityDeduplicator.Window);
            await purge.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
