using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>An <see cref="IStateStore"/> in a dictionary, honouring the ETag contract, for tests.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly SortedDictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_items.GetValueOrDefault(key));
        }
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_lock)
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

    public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (expectedETag is not null && expectedETag != "*" && (!_items.TryGetValue(key, out var current) || current.ETag != expectedETag))
            {
                throw new ConcurrencyException(key);
            }
            _items.Remove(key);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<StoredItem> items = [.. _items.Values.Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal))];
            return Task.FromResult(items);
        }
    }
}
