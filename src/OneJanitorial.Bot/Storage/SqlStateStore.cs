using System.Data.Common;

namespace OneJanitorial.Bot.Storage;

/// <summary>
/// <see cref="IStateStore"/> on <see cref="Database"/> (SQLite or PostgreSQL, same SQL). Each write is one
/// conditional statement, so the database itself decides who wins a race; nothing is read first.
/// JSON is stored as text, byte for byte as given. Inside a <see cref="DatabaseScope"/> the writes join its transaction.
/// </summary>
public sealed class SqlStateStore(Database database) : IStateStore
{
    private const string SelectOne = "SELECT key, json, etag FROM state_items WHERE key = @key";

    private const string Insert =
        "INSERT INTO state_items (key, json, etag) VALUES (@key, @json, @etag) ON CONFLICT (key) DO NOTHING";

    private const string Upsert =
        "INSERT INTO state_items (key, json, etag) VALUES (@key, @json, @etag) " +
        "ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag";

    private const string Replace = "UPDATE state_items SET json = @json, etag = @etag WHERE key = @key AND etag = @expected";

    private const string DeleteAny = "DELETE FROM state_items WHERE key = @key";

    private const string DeleteMatching = "DELETE FROM state_items WHERE key = @key AND etag = @expected";

    // substr/length compare characters literally on both engines (unlike LIKE: no wildcards, and SQLite's LIKE
    // ignores ASCII case); "key >= @prefix AND key < @end" is the range of the primary key index the prefix covers
    // (keys sort by code point on both engines), so a list reads its own keys, not every key after them.
    private const string SelectByPrefix =
        "SELECT key, json, etag FROM state_items WHERE key >= @prefix AND key < @end AND substr(key, 1, length(@prefix)) = @prefix ORDER BY key";

    private const string SelectFromPrefix =
        "SELECT key, json, etag FROM state_items WHERE key >= @prefix AND substr(key, 1, length(@prefix)) = @prefix ORDER BY key";

    public const string AnyETag = "*";

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var items = await QueryAsync(SelectOne, "@key", key, cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = Guid.NewGuid().ToString("N");
        var sql = expectedETag switch
        {
            null => Insert,
            AnyETag => Upsert,
            _ => Replace,
        };
        var written = await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(sql, transaction).With("@key", key).With("@json", json).With("@etag", etag);
            if (sql == Replace)
            {
                command.With("@expected", expectedETag);
            }
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return written == 0 ? throw new ConcurrencyException(key) : etag;
    }

    public async Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        return await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(Insert, transaction).With("@key", key).With("@json", json).With("@etag", Guid.NewGuid().ToString("N"));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
    }

    public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var unconditional = expectedETag is null or AnyETag;
        var conflict = await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(unconditional ? DeleteAny : DeleteMatching, transaction).With("@key", key);
            if (!unconditional)
            {
                command.With("@expected", expectedETag);
            }
            // Nothing deleted under a tag: either the key is gone (fine, the caller wanted it gone) or its tag moved on.
            return await command.ExecuteNonQueryAsync(cancellationToken) == 0 && !unconditional
                && (await SelectAsync(connection, transaction, SelectOne, "@key", key, cancellationToken)).Count > 0;
        }, cancellationToken);
        if (conflict)
        {
            throw new ConcurrencyException(key);
        }
    }

    public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        return EndOf(keyPrefix) is { } end
            ? database.ReadAsync((connection, transaction) => SelectAsync(connection, transaction, SelectByPrefix, "@prefix", keyPrefix, ("@end", end), cancellationToken), cancellationToken)
            : QueryAsync(SelectFromPrefix, "@prefix", keyPrefix, cancellationToken);
    }

    /// <summary>
    /// The first key after every key starting with <paramref name="prefix"/>: the prefix with its last character one
    /// higher; null when there is none to take (an empty prefix, or one ending near a surrogate or U+FFFF).
    /// </summary>
    private static string? EndOf(string prefix) =>
        prefix.Length > 0 && prefix[^1] < 0xD7FF ? string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]) : null;

    private Task<IReadOnlyList<StoredItem>> QueryAsync(string sql, string name, string value, CancellationToken cancellationToken) =>
        database.ReadAsync((connection, transaction) => SelectAsync(connection, transaction, sql, name, value, cancellationToken), cancellationToken);

    private static Task<IReadOnlyList<StoredItem>> SelectAsync(
        DbConnection connection, DbTransaction? transaction, string sql, string name, string value, CancellationToken cancellationToken) =>
        SelectAsync(connection, transaction, sql, name, value, other: null, cancellationToken);

    private static async Task<IReadOnlyList<StoredItem>> SelectAsync(
        DbConnection connection, DbTransaction? transaction, string sql, string name, string value, (string Name, string Value)? other,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction).With(name, value);
        if (other is { } parameter)
        {
            command.With(parameter.Name, parameter.Value);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<StoredItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new StoredItem(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        return items;
    }
}
