using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

public sealed class SqliteDatabaseTests : DatabaseContractTests
{
    // A folder that does not exist yet: the database must create it.
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite(Path.Combine("data", "bot.db")));
}
