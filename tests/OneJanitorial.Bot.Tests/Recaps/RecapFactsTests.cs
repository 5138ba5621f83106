using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapFactsTests
{
    private static Ticket R1Ticket() => Tickets.Tickets.Sample(type: TicketType.R1, create: "2026-11-23") with
    {
        Number = 42,
        StrikeNumber = 2,
        TimeZone = "America/Toronto",
        ReceivedAt = new DateTimeOffset(2026, 11, 23, 3, 30, 0, TimeSpan.Zero),
        CleanerEmail = "jane@cleaning.example",
        Note = Notes.Complete() with { ChecklistItems = "- Empty all trash bins\n\n• Mop kitchen floor" },
    };

    [Fact]
    public void From_CompleteR1Ticket_TicketAndNoteFacts()
    {
        var facts = RecapFacts.From(R1Ticket()).Facts!;

        Assert.Equal(("R1", 2, "jane@cleaning.example"), (facts.TicketType, facts.Ticket.StrikeNumber, facts.Ticket.CleanerEmail));
        Assert.Equal("America/Toronto", facts.TimeZone.Id);
        Assert.Equal(new DateOnly(2026, 11, 22), facts.ReceivedDate);
        Assert.Equal(["Trash not emptied in kitchen"], facts.Issue);
        Assert.Equal(["Empty all trash bins", "Mop kitchen floor"], facts.ChecklistItems);
        Assert.Equal(("Partner personally", new DateOnly(2026, 11, 25)), (facts.WhoFixes, facts.NextCleanDate));
        Assert.Equal(TimeSpan.FromHours(-5), facts.FollowUpAt.Offset);
        Assert.Equal("42", facts.TicketKey);
    }

    [Fact]
    public void From_ImportedTicketWithoutReceivedAt_UsesCreateDate() =>
        Assert.Equal(new DateOnly(2026, 11, 23), RecapFacts.From(R1Ticket() with { ReceivedAt = null }).Facts!.ReceivedDate);

    [Fact]
    public void From_MissingEmailZoneAndNoteFields_ListsEachOne()
    {
        var ticket = R1Ticket() with { CleanerEmail = null, TimeZone = null, Note = Notes.Complete() with { NextClean = null } };

        var result = RecapFacts.From(ticket);

        Assert.Null(result.Facts);
        Assert.Equal(
            "Ticket 42 can't be recapped yet. Missing: the cleaner's email, the client's time zone, When Is Next Clean, the checklist items concerned.",
            result.NotReadyReason);
    }

    [Theory]
    [InlineData(TicketType.ClientUpdate)]
    [InlineData(TicketType.CancellingClient)]
    public void From_TicketThatIsNoStrike_Refused(TicketType type)
    {
        var result = RecapFacts.From(R1Ticket() with { Type = type });

        Assert.Null(result.Facts);
        Assert.Contains("follows a service issue", result.NotReadyReason);
    }

    [Theory]
    [InlineData(" https://docs.example/checklist ", "https://docs.example/checklist")]
    [InlineData("  ", null)]
    public void From_ChecklistLinkOnTheNote_BecomesTheRecapsChecklistUrl(string link, string? expected)
    {
        var ticket = R1Ticket() with { Note = R1Ticket().Note with { ChecklistLink = link } };

        Assert.Equal(expected, RecapFacts.From(ticket).Facts!.ChecklistUrl);
    }
}
