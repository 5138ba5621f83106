using Npgsql;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tests.TestDoubles;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeSubmits;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>
/// Issue 9, defect 1, with two bot processes: two independent service stacks (two DI containers, two connection
/// pools) on one real PostgreSQL database. A double-click whose two submits reach different processes makes one ticket.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIntakeCreateOnceTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Create_DoubleClickOnTwoProcesses_OneTicketAndNextStrikeIsTwo()
    {
        var database = await server.CreateDatabaseAsync(CancellationToken.None);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database,
            ["Tickets:Owners:Toronto"] = "Taylor",
        };
        var faults = new FaultyStateStore();
        var other = new ConversationScript(s => UseSqlState(s, faults), settings);
        AdaptiveCard confirm = null!;
        await new ConversationScript(s => UseSqlState(s, faults), settings)
            .ToConfirm(card => confirm = card)
            .Do(async s =>
            {
                var at = s.Clock.GetUtcNow();
                Assert.Empty(await AllTicketsAsync(other.Services)); // the second process is up and connected
                // The turn that inserts second waits on the first one's uncommitted row: seen in pg_stat_activity.
                faults.GatherDialogSaves(2, ct => SessionsWaitingOnLocksAsync(database, ct));
                var replies = await Task.WhenAll(
                    Task.Run(() => PressAsync(s.Services, confirm, "Create", at)),
                    Task.Run(() => PressAsync(other.Services, confirm, "Create", at)));
                Assert.Single(await AllTicketsAsync(other.Services));
                Assert.Contains(replies, r => Said(r).Contains("Ticket 1 created", StringComparison.Ordinal));
                Assert.All(replies, r => Assert.DoesNotContain("Ticket 2", Said(r), StringComparison.Ordinal));
            })
            // Teams redelivers the click to the other process after both finished: the same answer.
            .Do(async s => Assert.Contains("Ticket 1 created", Said(await PressAsync(other.Services, confirm, "Create", s.Clock.GetUtcNow()))))
            .ToCleaner()
            .Submit(IntakeSteps.Cleaner).ExpectCard((card, text) =>
            {
                Assert.Contains("R1 — Walmart — Cleaning Issue — Jane Doe", text);
                Assert.Contains("2 of 3", text);
            })
            .RunAsync();
        await other.RunAsync();
    }

    [Fact]
    public async Task Create_CrashBetweenTicketInsertAndDialogSave_OtherProcessAnswersSameNumberOneRow()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync(CancellationToken.None) };
        var faults = new FaultyStateStore();
        var other = new ConversationScript(s => UseSqlState(s, new FaultyStateStore()), settings);
        AdaptiveCard confirm = null!;
        await new ConversationScript(s => UseSqlState(s, faults), settings)
            .ToConfirm(card => confirm = card)
            .Do(async s =>
            {
                faults.FailNextDialogSave();
                await Assert.ThrowsAsync<IOException>(() => PressAsync(s.Services, confirm, "Create", s.Clock.GetUtcNow()));
                var redelivered = await PressAsync(other.Services, confirm, "Create", s.Clock.GetUtcNow());
                // The crashed insert was rolled back; PostgreSQL's identity may skip its number, but only one row exists
                // and the answer names it.
                var ticket = Assert.Single(await AllTicketsAsync(other.Services));
                Assert.Equal($"Ticket {ticket.Number} created.", Said(redelivered));
                var again = await PressAsync(s.Services, confirm, "Create", s.Clock.GetUtcNow());
                Assert.Equal($"Ticket {ticket.Number} created.", Said(again));
                Assert.Single(await AllTicketsAsync(s.Services));
            })
            .RunAsync();
        await other.RunAsync();
    }

    private static async Task<int> SessionsWaitingOnLocksAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
