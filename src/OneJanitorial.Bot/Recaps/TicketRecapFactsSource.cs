using System.Globalization;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Recap facts from the ticket store: the ticket (type, strike number as planned, client's zone, cleaner's email) and
/// its pinned master note (issue, why, solution, who fixes, next clean, follow-up call, checklist items).
/// </summary>
public sealed class TicketRecapFactsSource(TicketService tickets) : IRecapFactsSource
{
    public async Task<RecapFactsResult> FindAsync(string ticketId, CancellationToken cancellationToken) =>
        TicketNumbers.Parse(ticketId) is { } number && await tickets.GetAsync(number, cancellationToken) is { } ticket ? From(ticket) : RecapFactsResult.NotFound;

    public async Task RecordSentAsync(string ticketId, string to, string actor, CancellationToken cancellationToken)
    {
        if (TicketNumbers.Parse(ticketId) is { } number)
        {
            await tickets.RecordRecapSentAsync(number, to, actor, cancellationToken);
        }
    }

    public static RecapFactsResult From(Ticket ticket)
    {
        if (!ticket.Type.CountsAsServiceIssue())
        {
            return RecapFactsResult.NotReady($"Ticket {ticket.Number} is a {ticket.Type.Name()} ticket; a cleaner recap follows a service issue.");
        }
        var note = ticket.Note;
        var zone = TimeZones.Find(ticket.TimeZone);
        var missing = Missing(ticket, zone);
        if (missing.Count > 0)
        {
            return RecapFactsResult.NotReady($"Ticket {ticket.Number} can't be recapped yet. Missing: {string.Join(", ", missing)}.");
        }
        return RecapFactsResult.Found(new RecapFacts
        {
            Client = ticket.Client,
            Building = ticket.Building,
            Cleaner = ticket.Cleaner,
            CleanerEmail = ticket.CleanerEmail!,
            TicketType = ticket.Type.Name(),
            StrikeNumber = ticket.StrikeNumber,
            TimeZone = zone!,
            ReceivedDate = ticket.ReceivedAt is { } received ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, zone!).DateTime) : ticket.CreateDate,
            Issue = Points(note.Issue),
            Why = note.Why?.Trim() ?? "",
            Solution = note.SolutionAndPrevention!.Trim(),
            WhoFixes = note.WhoIsDoingTheFix!.Trim(),
            NextCleanDate = note.NextClean!.Value,
            FollowUpAt = TimeZoneInfo.ConvertTime(note.FollowUpCallAt!.Value, zone!),
            ChecklistItems = Points(note.ChecklistItems),
            ChecklistUrl = string.IsNullOrWhiteSpace(note.ChecklistLink) ? null : note.ChecklistLink.Trim(),
            CsrName = ticket.Csr,
            TicketKey = ticket.Number.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static List<string> Missing(Ticket ticket, TimeZoneInfo? zone)
    {
        var note = ticket.Note;
        (bool Missing, string What)[] needs =
        [
            (string.IsNullOrWhiteSpace(ticket.CleanerEmail), "the cleaner's email"),
            (zone is null, "the client's time zone"),
            (Points(note.Issue).Count == 0, MasterNoteField.Issue.Label()),
            (string.IsNullOrWhiteSpace(note.SolutionAndPrevention), MasterNoteField.SolutionAndPrevention.Label()),
            (string.IsNullOrWhiteSpace(note.WhoIsDoingTheFix), MasterNoteField.WhoIsDoingTheFix.Label()),
            (note.NextClean is null, MasterNoteField.NextClean.Label()),
            (note.FollowUpCallAt is null, MasterNoteField.FollowUpCall.Label()),
            (Points(note.ChecklistItems).Count == 0, "the checklist items concerned"),
        ];
        return [.. needs.Where(n => n.Missing).Select(n => n.What)];
    }

    private static IReadOnlyList<string> Points(string? text) => RecapTicketInput.PointList((text ?? "").Split('\n'));
}
