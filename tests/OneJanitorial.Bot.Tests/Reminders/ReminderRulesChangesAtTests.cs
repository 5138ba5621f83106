using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary><see cref="ReminderRules.ChangesAt"/>: the incremental sync derives an unchanged ticket again only then, so nothing derived may move before it.</summary>
public sealed class ReminderRulesChangesAtTests
{
    [Theory]
    [InlineData("2026-11-18T17:46:00Z")] // received day, est. close a week ahead
    [InlineData("2026-11-26T15:59:59Z")] // the first overdue alert in a second
    [InlineData("2026-11-28T18:00:00Z")] // Saturday past the est. close
    [InlineData("2026-12-24T20:00:00Z")] // before the holiday
    public void ChangesAt_OpenTicket_DerivedRemindersSameUntilThenMoved(string nowText)
    {
        var settings = Settings(new DateOnly(2026, 12, 25));
        var now = Utc(nowText);
        var ticket = Open();

        var at = ReminderRules.ChangesAt(ticket, settings, now)!.Value;

        var derived = Keys(ticket, settings, now);
        Assert.True(at > now);
        foreach (var before in new[] { now.AddTicks((at - now).Ticks / 2), at.AddTicks(-1) })
        {
            Assert.Equal(derived, Keys(ticket, settings, before));
        }
        Assert.NotEqual(derived, Keys(ticket, settings, at));
    }

    [Fact]
    public void ChangesAt_ClosedTicket_Never()
    {
        var closed = Open() with { Stage = TicketStage.ClosedClientTicket, ClosedAt = Received.AddDays(3) };

        Assert.Null(ReminderRules.ChangesAt(closed, Settings(), Received.AddDays(3)));
    }

    private static List<string> Keys(Ticket ticket, ReminderSettings settings, DateTimeOffset now) =>
        [.. ReminderRules.Derive(ticket, [], settings, now).Select(r => r.Key)];
}
