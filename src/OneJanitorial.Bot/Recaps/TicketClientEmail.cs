using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// A client template filled from a ticket and its master note. The ticket knows the client company, not the contact,
/// and Template C's answer is the CSR's to write: both stay as bracketed placeholders the CSR replaces.
/// </summary>
public static class TicketClientEmail
{
    public const string FirstNamePlaceholder = "[client's first name]";
    public const string AnswerPlaceholder = "[your answer]";

    /// <summary>The master note fields <paramref name="template"/> needs that the ticket doesn't have yet.</summary>
    public static IReadOnlyList<string> Missing(ClientTemplate template, Ticket ticket)
    {
        var missing = new List<string>();
        if (template is ClientTemplate.A or ClientTemplate.D && RecapTicketInput.PointList(ticket.Note.Issue).Count == 0)
        {
            missing.Add(MasterNoteField.Issue.Label());
        }
        if (template is ClientTemplate.A or ClientTemplate.E && ticket.Note.NextClean is null)
        {
            missing.Add(MasterNoteField.NextClean.Label());
        }
        if (template is ClientTemplate.D && (ticket.Note.SolvedBy ?? ticket.Note.NextClean) is null)
        {
            missing.Add(MasterNoteField.SolvedBy.Label());
        }
        return missing;
    }

    public static ClientEmailFacts Facts(Ticket ticket, string? csrName) => new(FirstNamePlaceholder, ticket.Building)
    {
        CsrName = csrName,
        Issue = RecapTicketInput.PointList(ticket.Note.Issue),
        NextCleanDate = ticket.Note.NextClean,
        CorrectionDate = ticket.Note.SolvedBy ?? ticket.Note.NextClean,
        Answer = AnswerPlaceholder,
    };

    public static TimeZoneInfo? Zone(Ticket ticket) => TimeZones.Find(ticket.TimeZone);
}
