using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>Builds the digest from the ticket store as of now, in the team's zone (<c>Reminders:DefaultTimeZone</c>).</summary>
public sealed class HuddleService(ITicketStore store, ReminderSettings settings, TimeProvider clock)
{
    public async Task<HuddleDigest> BuildAsync(HuddleKind kind, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(new TicketQuery(IncludeClosed: true, Limit: int.MaxValue), cancellationToken);
        var tickets = new List<HuddleTicket>(all.Count);
        foreach (var ticket in all)
        {
            var events = await store.EventsAsync(ticket.Number, cancellationToken);
            tickets.Add(new HuddleTicket(ticket, new ReminderHistory(events), Conversation.TimeZones.Find(ticket.TimeZone) ?? settings.DefaultZone));
        }
        return HuddleBuilder.Build(tickets, kind, clock.GetUtcNow(), settings.DefaultZone, settings.Calendar);
    }

    /// <summary>The morning digest until 12:00 in the team's zone, the end-of-day one after.</summary>
    public HuddleKind KindNow() =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.DefaultZone).Hour < 12 ? HuddleKind.Morning : HuddleKind.EndOfDay;
}
