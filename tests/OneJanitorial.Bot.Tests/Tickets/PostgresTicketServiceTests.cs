using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketServiceTests(PostgresServerFixture server) : TicketServiceTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => TicketTestDatabase.PostgresAsync(server);
}
