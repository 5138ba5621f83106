using System.Collections.Concurrent;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>An <see cref="IStateStore"/> in memory, honoring the ETag contract (null = create, "*" = overwrite, else must match).</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            var exists = _items.TryGetValue(key, out var current);
            var ok = expectedETag switch
            {
                null => !exists,
                "*" => true,
                _ => exists && current!.ETag == expectedETag,
            };
            if (!ok)
            {
                throw new ConcurrencyException(key);
            }
            var etag = Guid.NewGuid().ToString("N");
            _items[key] = new StoredItem(key, json, etag);
            return Task.FromResult(etag);
        }
    }

    public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            if (_items.TryGetValue(key, out var current) && expectedETag is not null && expectedETag != "*" && current.ETag != expectedETag)
            {
                throw new ConcurrencyException(key);
            }
            _items.TryRemove(key, out _);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredItem>>([.. _items.Values.Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).OrderBy(i => i.Key, StringComparer.Ordinal)]);
}
