using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketStoreTests(PostgresServerFixture server) : SqlTicketStoreTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => TicketTestDatabase.PostgresAsync(server);
}
