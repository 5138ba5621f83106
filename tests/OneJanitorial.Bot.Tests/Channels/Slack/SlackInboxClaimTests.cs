using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Two <see cref="SlackInbox"/> objects on one real database (SQLite file, PostgreSQL server) are two bot instances:
/// once B has taken over A's stale claim, A's late writes (a failed attempt, pages posted, done) are refused and B's
/// record stays as B wrote it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SlackInboxClaimTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-inbox-");
    private Database? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LateWritesOfTheOldClaimant_AfterAStaleTakeover_AreRefusedAndTheNewRecordStays(DatabaseProvider provider)
    {
        var store = await OpenStoreAsync(provider);
        var (a, b) = (new SlackInbox(store, _clock), new SlackInbox(store, _clock));
        var work = new SlackWork("followup:V1:h1", SlackWorkKind.FollowUp, "{}", _clock.GetUtcNow());
        await a.AcceptAsync(work, None);
        Assert.True(await a.TryStartAsync(work, None));
        _clock.Advance(Stale + TimeSpan.FromSeconds(1)); // A hangs past the stale limit
        Assert.Equal(1, await b.ClaimStaleAsync(Stale, None));
        Assert.True(await b.TryStartAsync(work, None));
        Assert.True(await b.RecordPagesPostedAsync(work, 1, None));

        Assert.False(await a.RecordPagesPostedAsync(work, 3, None));
        Assert.Null(await a.RecordFailureAsync(work, None));
        Assert.False(await a.MarkDoneAsync(work, None));

        Assert.Equal(1, await b.PagesPostedAsync(work, None));
        Assert.True(await b.TryStartAsync(work, None)); // still B's claim, still to do
        Assert.False(await a.TryStartAsync(work, None));
        Assert.Equal(1, await b.RecordFailureAsync(work, None)); // A's failed attempt was not counted on B's record
    }

    private async Task<IStateStore> OpenStoreAsync(DatabaseProvider provider)
    {
        _database = provider == DatabaseProvider.Sqlite
            ? Database.ForSqlite(Path.Combine(_folder.FullName, "state.db"), StateStoreMigrations.All)
            : Database.ForPostgres(await server.CreateDatabaseAsync(None), StateStoreMigrations.All);
        return new SqlStateStore(_database);
    }
}
