using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServerFixture server) : DatabaseContractTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync(server);
}
