using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.Storage;

public sealed class SqliteStateStoreTests : StateStoreContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-sqlite-");

    protected override Database OpenDatabase(IEnumerable<Migration> migrations) =>
        Database.ForSqlite(Path.Combine(_folder.FullName, "state.db"), migrations);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
