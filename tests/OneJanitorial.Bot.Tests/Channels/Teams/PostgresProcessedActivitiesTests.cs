using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Processed activities on the real PostgreSQL: an id counts as seen for <see cref="ActivityDeduplicator.Window"/> of the
/// bot's clock, and expired rows are deleted by the next add at least a minute after the last purge. Both read the
/// bot's <see cref="TimeProvider"/> (not the database's clock), so the test moves a <see cref="FakeTimeProvider"/>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresProcessedActivitiesTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private TestDatabase _data = null!;
    private Database _database = null!;
    private PostgresProcessedActivities _processed = null!;

    public async Task InitializeAsync()
    {
        _data = await TestDatabase.PostgresAsync(server);
        _database = _data.Open([PostgresProcessedActivities.CreateTable]);
        _processed = new PostgresProcessedActivities(_database, _clock);
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Contains_WithinTheWindowAndAfterIt_SeenUntilTheWindowHasPassed()
    {
        await _processed.AddAsync("chat-a", "act-1", CancellationToken.None);

        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromSeconds(1));
        Assert.True(await _processed.ContainsAsync("chat-a", "act-1", CancellationToken.None));
        Assert.False(await _processed.ContainsAsync("chat-b", "act-1", CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await _processed.ContainsAsync("chat-a", "act-1", CancellationToken.None));
    }

    [Fact]
    public async Task Add_AgainAfterTheWindow_CountsFromTheNewAdd()
    {
        await _processed.AddAsync("chat-a", "act-1", CancellationToken.None);
        _clock.Advance(ActivityDeduplicator.Window);

        await _processed.AddAsync("chat-a", "act-1", CancellationToken.None);
        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromSeconds(1));

        Assert.True(await _processed.ContainsAsync("chat-a", "act-1", CancellationToken.None));
    }

    [Fact]
    public async Task Add_ExpiredRows_PurgedByTheFirstAddAMinuteAfterTheLastPurge()
    {
        await _processed.AddAsync("chat-a", "old", CancellationToken.None); // the first add purges (nothing yet)
        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromSeconds(30));
        await _processed.AddAsync("chat-a", "recent", CancellationToken.None); // purges: "old" is not expired yet

        _clock.Advance(TimeSpan.FromSeconds(40)); // "old" expired; 40 s since the last purge
        await _processed.AddAsync("chat-a", "no-purge", CancellationToken.None);
        Assert.Equal(["no-purge", "old", "recent"], await RowsAsync());

        _clock.Advance(TimeSpan.FromSeconds(20)); // a minute since the last purge
        await _processed.AddAsync("chat-a", "purging", CancellationToken.None);
        Assert.Equal(["no-purge", "purging", "recent"], await RowsAsync());
    }

    /// <summary>The table's activity ids, read on a connection of the test's own.</summary>
    private async Task<List<string>> RowsAsync()
    {
        await using var connection = await _database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand("SELECT activity_id FROM processed_activities ORDER BY activity_id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
