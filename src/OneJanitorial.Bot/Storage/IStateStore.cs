namespace OneJanitorial.Bot.Storage;

/// <summary>A stored JSON document with its concurrency tag.</summary>
public sealed record StoredItem(string Key, string Json, string ETag);

/// <summary>
/// Key/value state with ETag optimistic concurrency (dialog stacks, conversation references, flags).
/// SQLite by default; PostgreSQL when <c>ConnectionStrings:Postgres</c> is set.
/// </summary>
public interface IStateStore
{
    Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/>. <paramref name="expectedETag"/> null means "create; must not exist",
    /// "*" means "overwrite whatever is there", anything else must equal the stored tag.
    /// Returns the new ETag; throws <see cref="ConcurrencyException"/> when the expectation fails.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Creates the key with <paramref name="json"/>; false, and nothing written, when the key exists already.</summary>
    Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken);

    /// <summary>Deletes the key (no-op when absent). A non-null tag must match or <see cref="ConcurrencyException"/> is thrown.</summary>
    Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>All items whose key starts with <paramref name="keyPrefix"/>, ordered by key.</summary>
    Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken);
}

public sealed class ConcurrencyException(string key) : Exception($"The state at '{key}' was changed by someone else.")
{
    public string Key { get; } = key;
}
