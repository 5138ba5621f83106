using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresServerFixture server) : StateStoreContractTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync(server);
}
