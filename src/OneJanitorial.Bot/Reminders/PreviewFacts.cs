using System.Globalization;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The optional <c>reminders preview</c> fields beyond the recap line: the next clean's exact start and when a review
/// was requested and the client answered. Date-times are read like <c>followUpAt</c> (the client's zone, or with an offset).
/// </summary>
public sealed record PreviewFacts(DateTimeOffset? NextCleanAt, DateTimeOffset? ReviewRequestedAt, DateTimeOffset? ClientRespondedAt)
{
    /// <summary>The facts the line states; a date-time that cannot be read is left in <paramref name="line"/>'s error.</summary>
    public static PreviewFacts Read(RecapLineReader line, TimeZoneInfo zone) => new(
        line.OptionalLocalDateTime("nextCleanAt", zone),
        line.OptionalLocalDateTime("reviewRequestedAt", zone),
        line.OptionalLocalDateTime("clientRespondedAt", zone));

    /// <summary><paramref name="line"/>'s ticket with the next clean these facts state and the review they say was requested.</summary>
    public Ticket Ticket(Ticket line, TimeZoneInfo zone)
    {
        var nextClean = NextCleanAt is { } start ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime) : line.Note.NextClean;
        var ticket = line with { Note = line.Note with { NextClean = nextClean } };
        return ReviewRequestedAt is null ? ticket : ticket with { Closure = new TicketClosure { Review = ReviewStatus.ReviewRequested } };
    }

    /// <summary>The history events these facts stand for.</summary>
    public IReadOnlyList<TicketEvent> Events(TimeZoneInfo zone)
    {
        var events = new List<TicketEvent>();
        if (NextCleanAt is { } start)
        {
            var local = TimeZoneInfo.ConvertTime(start, zone).DateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            events.Add(new(0, 0, start, "preview", TicketChange.NextCleanStart, null, null, local, null));
        }
        if (ReviewRequestedAt is { } requested)
        {
            events.Add(new(0, 0, requested, "preview", TicketChange.Field, "closure.review", null, nameof(ReviewStatus.ReviewRequested), null));
        }
        if (ClientRespondedAt is { } responded)
        {
            events.Add(new(0, 0, responded, "preview", TicketChange.ClientResponse, null, null, null, null));
        }
        return events;
    }
}
