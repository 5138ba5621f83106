using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>Builds the digest from the ticket store as of now, in the team's zone (<c>Reminders:DefaultTimeZone</c>).</summary>
public sealed class HuddleService(ITicketStore store, Surveys.SurveyStore surveys, ReminderSettings settings, TimeProvider clock)
{
    public Task<HuddleDigest> BuildAsync(HuddleKind kind, CancellationToken cancellationToken) => BuildAsync(kind, _ => true, cancellationToken);

    /// <summary>The digest of the tickets <paramref name="include"/> keeps (a team channel's cities).</summary>
    public async Task<HuddleDigest> BuildAsync(HuddleKind kind, Func<Ticket, bool> include, CancellationToken cancellationToken)
    {
        var all = (await store.ListAsync(new TicketQuery(IncludeClosed: true, Limit: int.MaxValue), cancellationToken)).Where(include).ToList();
        var tickets = new List<HuddleTicket>(all.Count);
        foreach (var ticket in all)
        {
            var events = await store.EventsAsync(ticket.Number, cancellationToken);
            tickets.Add(new HuddleTicket(ticket, new ReminderHistory(events), Conversation.TimeZones.Find(ticket.TimeZone) ?? settings.DefaultZone));
        }
        var now = clock.GetUtcNow();
        var calls = await surveys.CallsSinceAsync(now.AddDays(-32), cancellationToken);
        var book = new HuddleSurveys(await surveys.ListClientsAsync(cancellationToken), calls);
        return HuddleBuilder.Build(tickets, kind, now, settings.DefaultZone, settings.Calendar, book);
    }

    /// <summary>The morning digest until 12:00 in the team's zone, the end-of-day one after.</summary>
    public HuddleKind KindNow() =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.DefaultZone).Hour < 12 ? HuddleKind.Morning : HuddleKind.EndOfDay;
}
