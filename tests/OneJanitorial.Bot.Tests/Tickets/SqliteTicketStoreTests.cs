namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class SqliteTicketStoreTests : SqlTicketStoreTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => Task.FromResult(TicketTestDatabase.Sqlite());
}
