namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Activities whose turn has run, so a redelivery by Teams (same conversation and activity id) is not run twice.
/// In process memory with SQLite; a table shared by every instance with PostgreSQL.
/// </summary>
public interface IProcessedActivities
{
    /// <summary>True when the activity was processed within <see cref="ActivityDeduplicator.Window"/>.</summary>
    Task<bool> ContainsAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Records the activity as processed, from now for <see cref="ActivityDeduplicator.Window"/>.</summary>
    Task AddAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
