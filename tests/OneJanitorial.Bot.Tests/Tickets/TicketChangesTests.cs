using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketChangesTests
{
    /// <summary>The names already stored in ticket_events; they must never change.</summary>
    [Theory]
    [InlineData(TicketChange.Created, "created")]
    [InlineData(TicketChange.Imported, "imported")]
    [InlineData(TicketChange.Field, "field")]
    [InlineData(TicketChange.Override, "override")]
    [InlineData(TicketChange.Stage, "stage")]
    [InlineData(TicketChange.Closed, "closed")]
    [InlineData(TicketChange.RecapSent, "recap-sent")]
    [InlineData(TicketChange.ClientResponse, "client-response")]
    [InlineData(TicketChange.ClientAttempt, "client-attempt")]
    [InlineData(TicketChange.ReviewPosted, "review-posted")]
    [InlineData(TicketChange.NextCleanStart, "next-clean-start")]
    [InlineData(TicketChange.ReminderDone, "reminder-done")]
    [InlineData(TicketChange.ReminderSnoozed, "reminder-snoozed")]
    public void Wire_EachChange_StoredNameAndBack(TicketChange change, string stored)
    {
        Assert.Equal(stored, change.Wire());
        Assert.Equal(change, TicketChanges.FromWire(stored));
    }

    [Fact]
    public void FromWire_UnknownName_NamesIt() =>
        Assert.Contains("'moved'", Assert.Throws<InvalidDataException>(() => TicketChanges.FromWire("moved")).Message);
}
