namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class SqliteTicketServiceTests : TicketServiceTests
{
    protected override Task<TicketTestDatabase> CreateDatabaseAsync() => Task.FromResult(TicketTestDatabase.Sqlite());
}
