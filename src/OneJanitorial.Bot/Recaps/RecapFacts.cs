using System.Globalization;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// What a recap is written from: a service-issue <see cref="Ticket"/> whose pinned master note holds what the email
/// states (<see cref="From"/> says what is missing otherwise). The client, building, cleaner, cleaner's email, strike
/// number and CSR are the ticket's own; the members below read the ticket's other facts the way the email states
/// them (in the client's zone, as points, trimmed), each time, so they cannot disagree with it.
/// </summary>
public sealed record RecapFacts
{
    private RecapFacts(Ticket ticket) => Ticket = ticket;

    /// <summary>The ticket <see cref="From"/> checked; read-only, so a copy cannot carry one it did not.</summary>
    public Ticket Ticket { get; }

    /// <summary>The client's time zone; the follow-up call is stated in it.</summary>
    public TimeZoneInfo TimeZone => TimeZones.Find(Ticket.TimeZone)!;

    /// <summary>The SOP ticket type label (New Concern, R1, Move to BCO, …).</summary>
    public string TicketType => Ticket.Type.Name();

    /// <summary>The day the client reported it, in the client's zone (imported tickets: the create date).</summary>
    public DateOnly ReceivedDate => Ticket.ReceivedAt is { } received ? TicketDatesRule.ReceivedDate(received, TimeZone) : Ticket.CreateDate;

    /// <summary>Point-form summary of the client's listed issues (master note "Issue").</summary>
    public IReadOnlyList<string> Issue => RecapTicketInput.PointList(Ticket.Note.Issue);

    public string Why => Ticket.Note.Why?.Trim() ?? "";
    public string Solution => Ticket.Note.SolutionAndPrevention!.Trim();
    public string WhoFixes => Ticket.Note.WhoIsDoingTheFix!.Trim();
    public DateOnly NextCleanDate => Ticket.Note.NextClean!.Value;
    public DateTimeOffset FollowUpAt => TimeZoneInfo.ConvertTime(Ticket.Note.FollowUpCallAt!.Value, TimeZone);
    public IReadOnlyList<string> ChecklistItems => RecapTicketInput.PointList(Ticket.Note.ChecklistItems);
    public string? ChecklistUrl => string.IsNullOrWhiteSpace(Ticket.Note.ChecklistLink) ? null : Ticket.Note.ChecklistLink.Trim();

    /// <summary>The key that makes sending this ticket's recap idempotent: the ticket number, else its outside id.</summary>
    public string? TicketKey => Ticket.Number > 0 ? Ticket.Number.ToString(CultureInfo.InvariantCulture) : Ticket.CrmId;

    /// <summary>The recap facts of <paramref name="ticket"/>, or why it cannot be recapped yet.</summary>
    public static RecapFactsResult From(Ticket ticket)
    {
        if (!ticket.Type.CountsAsServiceIssue())
        {
            return RecapFactsResult.NotReady($"Ticket {ticket.Number} is a {ticket.Type.Name()} ticket; a cleaner recap follows a service issue.");
        }
        var missing = Missing(ticket);
        return missing.Count == 0
            ? RecapFactsResult.Found(new RecapFacts(ticket))
            : RecapFactsResult.NotReady($"Ticket {ticket.Number} can't be recapped yet. Missing: {string.Join(", ", missing)}.");
    }

    private static List<string> Missing(Ticket ticket)
    {
        var note = ticket.Note;
        (bool Missing, string What)[] needs =
        [
            (string.IsNullOrWhiteSpace(ticket.CleanerEmail), "the cleaner's email"),
            (TimeZones.Find(ticket.TimeZone) is null, "the client's time zone"),
            (RecapTicketInput.PointList(note.Issue).Count == 0, MasterNoteField.Issue.Label()),
            (string.IsNullOrWhiteSpace(note.SolutionAndPrevention), MasterNoteField.SolutionAndPrevention.Label()),
            (string.IsNullOrWhiteSpace(note.WhoIsDoingTheFix), MasterNoteField.WhoIsDoingTheFix.Label()),
            (note.NextClean is null, MasterNoteField.NextClean.Label()),
            (note.FollowUpCallAt is null, MasterNoteField.FollowUpCall.Label()),
            (RecapTicketInput.PointList(note.ChecklistItems).Count == 0, "the checklist items concerned"),
        ];
        return [.. needs.Where(n => n.Missing).Select(n => n.What)];
    }
}
