using System.Text.Json;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>The <see cref="IStateStore"/> contract; each engine runs it through a derived class.</summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestDatabase _data = null!;

    protected IStateStore Store { get; private set; } = null!;

    /// <summary>A new empty test database on the engine under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _data = await CreateDatabaseAsync();
        Store = new SqlStateStore(_data.Open(StateStoreMigrations.All));
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    private static string Doc(int value) => JsonSerializer.Serialize(new { value });

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync("nothing/here", None));
    }

    [Fact]
    public async Task WriteAsync_NewKeyWithNullETag_CreatesItem()
    {
        var etag = await Store.WriteAsync("conv/1", Doc(1), null, None);

        var item = await Store.ReadAsync("conv/1", None);

        Assert.Equal(new StoredItem("conv/1", Doc(1), etag), item);
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_ReplacesAndReturnsNewETag()
    {
        var first = await Store.WriteAsync("conv/1", Doc(1), null, None);

        var second = await Store.WriteAsync("conv/1", Doc(2), first, None);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredItem("conv/1", Doc(2), second), await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConcurrencyAndKeepsStoredValue()
    {
        var first = await Store.WriteAsync("conv/1", Doc(1), null, None);
        var second = await Store.WriteAsync("conv/1", Doc(2), first, None);

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("conv/1", Doc(3), first, None));

        Assert.Equal("conv/1", error.Key);
        Assert.Equal(new StoredItem("conv/1", Doc(2), second), await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task WriteAsync_ETagForMissingKey_ThrowsConcurrency()
    {
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("conv/1", Doc(1), "some-etag", None));

        Assert.Null(await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task WriteAsync_NullETagOnExistingKey_ThrowsConcurrencyAndKeepsStoredValue()
    {
        var etag = await Store.WriteAsync("conv/1", Doc(1), null, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("conv/1", Doc(2), null, None));

        Assert.Equal(new StoredItem("conv/1", Doc(1), etag), await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task WriteAsync_AnyETag_OverwritesExistingAndCreatesMissing()
    {
        var original = await Store.WriteAsync("conv/1", Doc(1), null, None);

        var overwritten = await Store.WriteAsync("conv/1", Doc(2), "*", None);
        var created = await Store.WriteAsync("conv/2", Doc(3), "*", None);

        Assert.NotEqual(original, overwritten);
        Assert.Equal(new StoredItem("conv/1", Doc(2), overwritten), await Store.ReadAsync("conv/1", None));
        Assert.Equal(new StoredItem("conv/2", Doc(3), created), await Store.ReadAsync("conv/2", None));
    }

    [Fact]
    public async Task TryCreateAsync_NewKey_TrueAndStored()
    {
        Assert.True(await Store.TryCreateAsync("install/a", Doc(1), None));

        Assert.Equal(Doc(1), (await Store.ReadAsync("install/a", None))!.Json);
    }

    [Fact]
    public async Task TryCreateAsync_ExistingKey_FalseAndKeepsStoredValue()
    {
        await Store.WriteAsync("install/a", Doc(1), null, None);

        Assert.False(await Store.TryCreateAsync("install/a", Doc(2), None));

        Assert.Equal(Doc(1), (await Store.ReadAsync("install/a", None))!.Json);
    }

    [Fact]
    public async Task DeleteAsync_WithoutETag_RemovesItem()
    {
        await Store.WriteAsync("conv/1", Doc(1), null, None);

        await Store.DeleteAsync("conv/1", null, None);

        Assert.Null(await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task DeleteAsync_MatchingETag_RemovesItem()
    {
        var etag = await Store.WriteAsync("conv/1", Doc(1), null, None);

        await Store.DeleteAsync("conv/1", etag, None);

        Assert.Null(await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsConcurrencyAndKeepsItem()
    {
        var first = await Store.WriteAsync("conv/1", Doc(1), null, None);
        var second = await Store.WriteAsync("conv/1", Doc(2), first, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.DeleteAsync("conv/1", first, None));

        Assert.Equal(new StoredItem("conv/1", Doc(2), second), await Store.ReadAsync("conv/1", None));
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_IsNoOp()
    {
        await Store.WriteAsync("conv/2", Doc(2), null, None);

        await Store.DeleteAsync("conv/1", null, None);
        await Store.DeleteAsync("conv/1", "gone-etag", None);

        Assert.Equal(["conv/2"], (await Store.ListAsync("conv/", None)).Select(i => i.Key));
    }

    [Fact]
    public async Task ListAsync_Prefix_ReturnsOnlyMatchingKeysInOrdinalOrder()
    {
        string[] keys = ["list/b", "other/a", "list/B", "lis", "list/10", "List/a", "list/9", "list/a", "list"];
        foreach (var key in keys)
        {
            await Store.WriteAsync(key, Doc(key.Length), null, None);
        }

        var items = await Store.ListAsync("list/", None);

        Assert.Equal(["list/10", "list/9", "list/B", "list/a", "list/b"], items.Select(i => i.Key));
        Assert.All(items, i => Assert.Equal(Doc(i.Key.Length), i.Json));
    }

    [Fact]
    public async Task ListAsync_KeysJustPastThePrefix_OnlyThePrefixesOwn()
    {
        string[] keys = ["list0", "list/\ud83d\ude00", "list/z", "list.", "lisu", "list/\u00e9", "lisT/a"];
        foreach (var key in keys)
        {
            await Store.WriteAsync(key, Doc(1), null, None);
        }

        Assert.Equal(["list/z", "list/\u00e9", "list/\ud83d\ude00"], (await Store.ListAsync("list/", None)).Select(i => i.Key));
        Assert.Equal(["list.", "list/z", "list/\u00e9", "list/\ud83d\ude00", "list0"], (await Store.ListAsync("list", None)).Select(i => i.Key));
    }

    [Fact]
    public async Task ListAsync_PrefixWithLikeWildcards_MatchesLiterally()
    {
        string[] keys = ["a%b/1", "axb/1", "a_c/1", "abc/1", @"a\d/1", "ad/1"];
        foreach (var key in keys)
        {
            await Store.WriteAsync(key, Doc(1), null, None);
        }

        Assert.Equal(["a%b/1"], (await Store.ListAsync("a%", None)).Select(i => i.Key));
        Assert.Equal(["a_c/1"], (await Store.ListAsync("a_", None)).Select(i => i.Key));
        Assert.Equal([@"a\d/1"], (await Store.ListAsync(@"a\", None)).Select(i => i.Key));
    }

    [Fact]
    public async Task ListAsync_EmptyPrefix_ReturnsEverything()
    {
        await Store.WriteAsync("b", Doc(2), null, None);
        await Store.WriteAsync("a", Doc(1), null, None);

        Assert.Equal(["a", "b"], (await Store.ListAsync("", None)).Select(i => i.Key));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        for (var round = 0; round < 5; round++)
        {
            var key = $"race/{round}";
            var etag = await Store.WriteAsync(key, Doc(0), null, None);

            var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => TryWriteAsync(key, Doc(i), etag))));

            var winner = Assert.Single(outcomes, o => o.ETag is not null);
            Assert.Equal(new StoredItem(key, winner.Json, winner.ETag!), await Store.ReadAsync(key, None));
        }
    }

    [Fact]
    public async Task WriteAsync_ConcurrentCreators_ExactlyOneWins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => TryWriteAsync("race/new", Doc(i), null))));

        var winner = Assert.Single(outcomes, o => o.ETag is not null);
        Assert.Equal(new StoredItem("race/new", winner.Json, winner.ETag!), await Store.ReadAsync("race/new", None));
    }

    [Fact]
    public async Task WriteAsync_UnicodeKeyAndLargeJson_RoundTripsExactly()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "Storage", "unicode.json"));
        var json = "[" + string.Join(",", Enumerable.Repeat(sample.Trim(), 3000)) + "]";
        const string Key = "unicode/清洁/🧹/Zoë";
        using (JsonDocument.Parse(json))
        {
            Assert.True(json.Length > 1_000_000);
        }

        var etag = await Store.WriteAsync(Key, json, null, None);

        Assert.Equal(new StoredItem(Key, json, etag), await Store.ReadAsync(Key, None));
        Assert.Equal([Key], (await Store.ListAsync("unicode/清洁/🧹", None)).Select(i => i.Key));
    }

    private async Task<(string Json, string? ETag)> TryWriteAsync(string key, string json, string? etag)
    {
        try
        {
            return (json, await Store.WriteAsync(key, json, etag, None));
        }
        catch (ConcurrencyException)
        {
            return (json, null);
        }
    }
}
