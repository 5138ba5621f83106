using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Surveys;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSurveyStoreTests(PostgresServerFixture server) : SurveyStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync(server);
}
