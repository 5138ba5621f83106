using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServerFixture server) : DatabaseContractTests
{
    private string _connectionString = "";

    public override async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync(CancellationToken.None);
        await base.InitializeAsync();
    }

    protected override Database OpenDatabase(IEnumerable<Migration> migrations) =>
        Database.ForPostgres(_connectionString, migrations);
}
