using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Surveys;

/// <summary>The survey store's contract (<see cref="SurveyMigrations"/> and its SQL); each engine runs it through a derived class.</summary>
public abstract class SurveyStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset At = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    private TestDatabase _data = null!;
    private Database _database = null!;

    /// <summary>A new empty test database on the engine under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _data = await CreateDatabaseAsync();
        _database = _data.Open(SurveyMigrations.All);
        await _database.MigrateAsync(None);
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    private SurveyStore Store => new(_database);

    [Fact]
    public async Task LogAsync_SameKeyTwice_OneCallAndTheClientsDateMovesOnce()
    {
        await Store.UpsertClientsAsync([new Client("Acme", "Tower A", "Toronto", "America/Toronto", "Casey", new DateOnly(2026, 1, 2))], None);
        var log = new SurveyLog("survey.call/abc:2", new SurveyCall("Acme", "Tower A", 4, "dusty"), "Casey", At);

        var first = await Store.LogAsync(log, new DateOnly(2026, 3, 2), None);
        var second = await Store.LogAsync(log with { Call = log.Call with { Rating = 9 } }, new DateOnly(2026, 3, 3), None);

        Assert.Equal((true, false), (first, second));
        Assert.Equal([log], await Store.CallsSinceAsync(At.AddDays(-1), None));
        Assert.Equal(new DateOnly(2026, 3, 2), (await Store.FindClientAsync("acme", "TOWER A", None))!.LastSurveyDate);
    }

    [Fact]
    public async Task LogAsync_OlderDay_NeverMovesTheLastSurveyBack()
    {
        await Store.UpsertClientsAsync([new Client("Acme", "Tower A", "Toronto", "America/Toronto", "Casey", new DateOnly(2026, 3, 5))], None);

        await Store.LogAsync(new SurveyLog("k1", new SurveyCall("Acme", "Tower A", 8, null), "Casey", At), new DateOnly(2026, 3, 2), None);

        Assert.Equal(new DateOnly(2026, 3, 5), (await Store.FindClientAsync("Acme", "Tower A", None))!.LastSurveyDate);
    }

    [Fact]
    public async Task UpsertClientsAsync_Twice_AddsThenLeavesUnchangedThenUpdates()
    {
        Client[] clients = [new("Acme", "Tower A", "Toronto", "America/Toronto", "Casey", null), new("Beta", "Plaza", "Calgary", "America/Edmonton", "Robin", new DateOnly(2026, 1, 15))];

        var added = await Store.UpsertClientsAsync(clients, None);
        var again = await Store.UpsertClientsAsync(clients, None);
        var moved = await Store.UpsertClientsAsync([clients[1] with { Owner = "Casey" }], None);

        Assert.Equal((new ClientImportCounts(2, 0, 0), new ClientImportCounts(0, 0, 2), new ClientImportCounts(0, 1, 0)), (added, again, moved));
        Assert.Equal([clients[0], clients[1] with { Owner = "Casey" }], await Store.ListClientsAsync(None));
    }

    [Fact]
    public async Task UpsertClientsAsync_OlderOrBlankLastSurveyDate_KeepsTheLaterDate()
    {
        var stored = new Client("Acme", "Tower A", "Toronto", "America/Toronto", "Casey", new DateOnly(2026, 3, 5));
        await Store.UpsertClientsAsync([stored], None);

        var older = await Store.UpsertClientsAsync([stored with { LastSurveyDate = new DateOnly(2026, 1, 2) }], None);
        var blankNewOwner = await Store.UpsertClientsAsync([stored with { LastSurveyDate = null, Owner = "Robin" }], None);
        var newer = await Store.UpsertClientsAsync([stored with { LastSurveyDate = new DateOnly(2026, 3, 9), Owner = "Robin" }], None);

        Assert.Equal((new ClientImportCounts(0, 0, 1), new ClientImportCounts(0, 1, 0), new ClientImportCounts(0, 1, 0)), (older, blankNewOwner, newer));
        Assert.Equal([stored with { LastSurveyDate = new DateOnly(2026, 3, 9), Owner = "Robin" }], await Store.ListClientsAsync(None));
    }
}
