using System.Collections.Concurrent;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>An <see cref="IStateStore"/> in memory, honouring the ETag contract (null = create, "*" = overwrite).</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private long _version;

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var next = new StoredItem(key, json, Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var written = expectedETag switch
        {
            null => _items.TryAdd(key, next),
            "*" => Overwrite(key, next),
            _ => _items.TryGetValue(key, out var current) && current.ETag == expectedETag && _items.TryUpdate(key, next, current),
        };
        return written ? Task.FromResult(next.ETag) : throw new ConcurrencyException(key);
    }

    public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        if (!_items.TryGetValue(key, out var current))
        {
            return Task.CompletedTask;
        }
        if (expectedETag is not null && current.ETag != expectedETag)
        {
            throw new ConcurrencyException(key);
        }
        _items.TryRemove(KeyValuePair.Create(key, current));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredItem>>([.. _items.Values.Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).OrderBy(i => i.Key, StringComparer.Ordinal)]);

    private bool Overwrite(string key, StoredItem item)
    {
        _items[key] = item;
        return true;
    }
}
