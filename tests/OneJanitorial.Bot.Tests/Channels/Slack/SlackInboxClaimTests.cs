using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Two <see cref="SlackInbox"/> objects on one real database (SQLite file, PostgreSQL server) are two bot instances:
/// once B has taken over A's stale claim, A's late writes (a failed attempt, pages posted, done) are refused and B's
/// record stays as B wrote it. Two claims by one instance are told apart the same way.
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
        var aClaim = SlackInboxTests.Next(a);
        Assert.True(await a.TryStartAsync(aClaim, None));
        _clock.Advance(Stale + TimeSpan.FromSeconds(1)); // A hangs past the stale limit
        Assert.Equal(1, await b.ClaimStaleAsync(Stale, None));
        var bClaim = SlackInboxTests.Next(b);
        Assert.True(await b.TryStartAsync(bClaim, None));
        Assert.True(await b.RecordPagesPostedAsync(bClaim, 1, None));

        Assert.False(await a.RecordPagesPostedAsync(aClaim, 3, None));
        Assert.Null(await a.RecordFailureAsync(aClaim, None));
        Assert.False(await a.MarkDoneAsync(aClaim, None));

        Assert.Equal(1, await b.PagesPostedAsync(work, None));
        Assert.True(await b.TryStartAsync(bClaim, None)); // still B's claim, still to do
        Assert.False(await a.TryStartAsync(aClaim, None));
        Assert.Equal(1, await b.RecordFailureAsync(bClaim, None)); // A's failed attempt was not counted on B's record
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TwoClaimsByOneInstance_TheEarlierCopyStandsDown_OnlyTheCurrentClaimRunsAndWrites(DatabaseProvider provider)
    {
        var inbox = new SlackInbox(await OpenStoreAsync(provider), _clock);
        var work = new SlackWork("Ev1", SlackWorkKind.Event, "{}", _clock.GetUtcNow());
        await inbox.AcceptAsync(work, None);
        // The copy it queued waits (behind a burst, or for its retry) past the stale limit, so this instance's own
        // stale-claim sweep claims the work again and queues a second copy.
        _clock.Advance(Stale + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await inbox.ClaimStaleAsync(Stale, None));
        var (earlier, current) = (SlackInboxTests.Next(inbox), SlackInboxTests.Next(inbox));
        Assert.Equal((work, work), (earlier.Work, current.Work));

        Assert.True(await inbox.TryStartAsync(current, None));
        Assert.False(await inbox.TryStartAsync(earlier, None)); // before, one token per instance: both copies ran
        Assert.Null(await inbox.RecordFailureAsync(earlier, None));
        Assert.False(await inbox.RecordPagesPostedAsync(earlier, 1, None));
        Assert.False(await inbox.MarkDoneAsync(earlier, None));
        Assert.Equal(0, await inbox.PagesPostedAsync(work, None));
        Assert.True(await inbox.MarkDoneAsync(current, None));
    }

    private async Task<IStateStore> OpenStoreAsync(DatabaseProvider provider)
    {
        _database = provider == DatabaseProvider.Sqlite
            ? Database.ForSqlite(Path.Combine(_folder.FullName, "state.db"), StateStoreMigrations.All)
            : Database.ForPostgres(await server.CreateDatabaseAsync(None), StateStoreMigrations.All);
        return new SqlStateStore(_database);
    }
}
