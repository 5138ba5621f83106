using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.Storage;

public sealed class SqliteDatabaseTests : DatabaseContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-sqlite-");

    // A folder that does not exist yet: the database must create it.
    protected override Database OpenDatabase(IEnumerable<Migration> migrations) =>
        Database.ForSqlite(Path.Combine(_folder.FullName, "data", "bot.db"), migrations);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
