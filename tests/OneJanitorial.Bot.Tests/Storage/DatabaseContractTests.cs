using System.Data.Common;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

/// <summary>The <see cref="Database"/> migration contract; each engine runs it through a derived class.</summary>
public abstract class DatabaseContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Migration CreateVisits = new(
        "test/0001_create_visits",
        Sqlite: "CREATE TABLE IF NOT EXISTS visits (id INTEGER PRIMARY KEY, site TEXT NOT NULL)",
        Postgres: "CREATE TABLE IF NOT EXISTS visits (id integer PRIMARY KEY, site text NOT NULL)");

    private static readonly Migration AddRating = new(
        "test/0002_add_rating",
        Sqlite: "ALTER TABLE visits ADD COLUMN rating INTEGER",
        Postgres: "ALTER TABLE visits ADD COLUMN IF NOT EXISTS rating integer");

    private static readonly Migration Broken = new("test/0003_broken", Sqlite: "CREATE TABLEX nope", Postgres: "CREATE TABLEX nope");

    private TestDatabase _data = null!;

    /// <summary>A new empty test database on the engine under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _data = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _data.DisposeAsync();

    private Database Open(params Migration[] migrations) => _data.Open(migrations);

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesMigrationsInIdOrder()
    {
        var database = Open(AddRating, CreateVisits);

        var applied = await database.MigrateAsync(None);

        Assert.Equal([CreateVisits.Id, AddRating.Id], applied);
        Assert.Equal(1, await ExecuteAsync(database, "INSERT INTO visits (id, site, rating) VALUES (1, 'Lobby', 5)"));
    }

    [Fact]
    public async Task MigrateAsync_AfterRestartWithNewMigration_AppliesOnlyTheNewOne()
    {
        Assert.Equal([CreateVisits.Id], await Open(CreateVisits).MigrateAsync(None));

        var applied = await Open(CreateVisits, AddRating).MigrateAsync(None);

        Assert.Equal([AddRating.Id], applied);
    }

    [Fact]
    public async Task MigrateAsync_CalledTwice_SecondCallAppliesNothing()
    {
        var database = Open(CreateVisits);
        await database.MigrateAsync(None);

        Assert.Empty(await database.MigrateAsync(None));
    }

    [Fact]
    public async Task OpenConnectionAsync_NotYetMigrated_MigratesFirst()
    {
        var database = Open(CreateVisits);

        Assert.Equal(1, await ExecuteAsync(database, "INSERT INTO visits (id, site) VALUES (1, 'Lobby')"));
        Assert.Empty(await Open(CreateVisits).MigrateAsync(None));
    }

    [Fact]
    public async Task MigrateAsync_FailingScript_NamesItAndRollsBackTheWholeRun()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open(CreateVisits, Broken).MigrateAsync(None));

        Assert.Contains(Broken.Id, error.Message);
        Assert.Equal([CreateVisits.Id], await Open(CreateVisits).MigrateAsync(None));
    }

    [Fact]
    public async Task MigrateAsync_TwoProcessesAtOnce_EachMigrationAppliedOnce()
    {
        var first = Open(CreateVisits, AddRating);
        var second = Open(CreateVisits, AddRating);

        var runs = await Task.WhenAll(Task.Run(() => first.MigrateAsync(None)), Task.Run(() => second.MigrateAsync(None)));

        Assert.Equal([CreateVisits.Id, AddRating.Id], runs.SelectMany(r => r).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OpenDatabase_DuplicateMigrationIds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => _data.Open([CreateVisits, CreateVisits with { Sqlite = "", Postgres = "" }]));

        Assert.Contains(CreateVisits.Id, error.Message);
    }

    private static async Task<int> ExecuteAsync(Database database, string sql)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(None);
        await using var command = connection.CreateCommand(sql);
        return await command.ExecuteNonQueryAsync(None);
    }
}
