using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Surveys;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSurveyStoreTests(PostgresServerFixture server) : SurveyStoreTests
{
    protected override async Task<Database> OpenAsync() => Database.ForPostgres(await server.CreateDatabaseAsync(CancellationToken.None), SurveyMigrations.All);
}
