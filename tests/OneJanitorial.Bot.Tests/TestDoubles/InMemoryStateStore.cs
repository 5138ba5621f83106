using System.Collections.Concurrent;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>An <see cref="IStateStore"/> in memory that keeps the ETag contract exactly (tests only).</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var allowed = expectedETag switch
            {
                null => !exists,
                "*" => true,
                _ => exists && current!.ETag == expectedETag,
            };
            if (!allowed)
            {
                throw new ConcurrencyException(key);
            }
            var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _items[key] = new StoredItem(key, json, etag);
            return Task.FromResult(etag);
        }
    }

    public Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(_items.TryAdd(key, new StoredItem(key, json, etag)));
        }
    }

    public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_items.TryGetValue(key, out var current))
            {
                if (expectedETag is not null && expectedETag != "*" && current.ETag != expectedETag)
                {
                    throw new ConcurrencyException(key);
                }
                _items.TryRemove(key, out _);
            }
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredItem>>(
            [.. _items.Values.Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).OrderBy(i => i.Key, StringComparer.Ordinal)]);
}
