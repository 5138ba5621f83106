using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>The test double must keep the IStateStore ETag contract, or the dialog concurrency tests prove nothing.</summary>
public sealed class InMemoryStateStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task WriteAsync_NullTagOnExistingKey_Throws()
    {
        await _store.WriteAsync("k", "1", null, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => _store.WriteAsync("k", "2", null, None));
    }

    [Fact]
    public async Task WriteAsync_StaleTag_ThrowsAndKeepsValue()
    {
        var first = await _store.WriteAsync("k", "1", null, None);
        await _store.WriteAsync("k", "2", first, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => _store.WriteAsync("k", "3", first, None));
        Assert.Equal("2", (await _store.ReadAsync("k", None))!.Json);
    }

    [Fact]
    public async Task WriteAsync_TagOnMissingKey_Throws()
    {
        await Assert.ThrowsAsync<ConcurrencyException>(() => _store.WriteAsync("k", "1", "7", None));
    }

    [Fact]
    public async Task WriteAsync_Star_OverwritesAndReturnsNewTag()
    {
        var first = await _store.WriteAsync("k", "1", null, None);

        var second = await _store.WriteAsync("k", "2", "*", None);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredItem("k", "2", second), await _store.ReadAsync("k", None));
    }

    [Fact]
    public async Task DeleteAsync_StaleTag_ThrowsAndMatchingTagDeletes()
    {
        var first = await _store.WriteAsync("k", "1", null, None);
        var second = await _store.WriteAsync("k", "2", first, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => _store.DeleteAsync("k", first, None));
        await _store.DeleteAsync("k", second, None);
        await _store.DeleteAsync("k", null, None);

        Assert.Null(await _store.ReadAsync("k", None));
    }

    [Fact]
    public async Task ListAsync_Prefix_ReturnsMatchesOrderedByKey()
    {
        await _store.WriteAsync("a/2", "x", null, None);
        await _store.WriteAsync("a/1", "x", null, None);
        await _store.WriteAsync("b/1", "x", null, None);

        var items = await _store.ListAsync("a/", None);

        Assert.Equal(["a/1", "a/2"], items.Select(i => i.Key));
    }
}
