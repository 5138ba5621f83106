using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// The coaching flags, each with its tickets, over the open tickets and those closed this month. Checks on the cleaner
/// call (follow-up, consequence) apply once the call happened; title parts are checked against the SOP order.
/// </summary>
public static class CoachingFlags
{
    public static IReadOnlyList<CoachingFlag> Find(IReadOnlyList<HuddleTicket> tickets)
    {
        var open = tickets.Where(t => !t.Ticket.IsClosed).ToList();
        var service = tickets.Where(t => t.IsServiceIssue).ToList();
        var flags = new (CoachingFlagKind Kind, IEnumerable<HuddleTicket> Tickets)[]
        {
            (CoachingFlagKind.ChecklistNotVerified, service.Where(t => t.Ticket.Note.ChecklistVerified != true)),
            (CoachingFlagKind.NoBucket, service.Where(t => t.Ticket.Bucket is null && t.Ticket.Note.IssueBucket is null)),
            (CoachingFlagKind.TitleParts, open.Where(t => t.Ticket.Title != Expected(t.Ticket))),
            (CoachingFlagKind.NoFollowUp, service.Where(t => t.CleanerCalled && t.Ticket.Note.FollowUpCallAt is null)),
            (CoachingFlagKind.NoConsequence, service.Where(t => t.CleanerCalled && t.Ticket.Note.ConsequenceStated != true)),
            (CoachingFlagKind.MasterNoteIncompleteAtPendingClose, open.Where(t => t.Ticket.Stage == TicketStage.ClientPendingClose
                && MasterNoteRules.Validate(t.Ticket.Note, t.Ticket.Type, MasterNotePhase.Close).Count > 0)),
            (CoachingFlagKind.RecapNotSent, service.Where(t => t.Ticket.Stage is TicketStage.ClientPendingClose or TicketStage.ClosedClientTicket && !t.RecapSent)),
            (CoachingFlagKind.ReviewStatusMissingAtClose, tickets.Where(t => t.Ticket.IsClosed && t.Ticket.Closure.Review is null)),
        };
        return [.. flags.Select(f => new CoachingFlag(f.Kind, [.. f.Tickets.Select(t => t.Ticket.Number).Order()])).Where(f => f.Tickets.Count > 0)];
    }

    private static string Expected(Ticket ticket) =>
        TicketTitle.Format(ticket.Type, ticket.Client, ticket.Concern, ticket.Cleaner, ticket.BillingPrice);
}
