using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Done and Snooze on a reminder card, recorded on the ticket history (who, when) in one versioned write with the
/// fact they stand for: Done on <c>client-response</c> records the client response (the 90-minute KPI's time), Done on
/// <c>solved-first-attempt</c> writes the master note's answer. The reminders are derived from that history, so Done
/// cancels the reminder and Snooze makes it due again at the snoozed time (a new outbox key). The history is read again
/// inside each write: a second press of the same card (double click, redelivery, a second instance) records nothing.
/// </summary>
public sealed class ReminderActions(ITicketStore store, ReminderSettings settings, TimeProvider clock)
{
    private const int Tries = 3;

    /// <summary>
    /// Marks the reminder (or, when it was snoozed since, where the snoozes led) done. <paramref name="solvedOnFirstAttempt"/>
    /// is the answer <c>solved-first-attempt</c> needs; without it that kind returns <see cref="ReminderActionOutcome.NeedsAnswer"/>.
    /// </summary>
    public Task<ReminderActionResult> DoneAsync(
        long ticketNumber, ReminderKind kind, DateTimeOffset due, bool? solvedOnFirstAttempt, string actor, CancellationToken cancellationToken) =>
        WriteAsync(ticketNumber, cancellationToken, (ticket, history, now) =>
        {
            var (current, done) = history.Follow(kind, due);
            if (done)
            {
                return Outcome(ReminderActionOutcome.AlreadyDone);
            }
            if (kind == ReminderKind.SolvedFirstAttempt && solvedOnFirstAttempt is null)
            {
                return Outcome(ReminderActionOutcome.NeedsAnswer);
            }
            var events = new List<TicketEvent> { Event(ticketNumber, now, actor, TicketChange.ReminderDone, kind, current, null) };
            if (kind == ReminderKind.ClientResponse && history.ClientRespondedAt is null)
            {
                events.Add(new TicketEvent(0, ticketNumber, now, actor, TicketChange.ClientResponse, null, null, null, null));
            }
            var updated = kind == ReminderKind.SolvedFirstAttempt
                ? ticket with { Note = ticket.Note with { SolvedOnFirstAttempt = solvedOnFirstAttempt } }
                : ticket;
            events.AddRange(TicketDiff.Between(ticket, updated).Select(d => new TicketEvent(0, ticketNumber, now, actor, TicketChange.Field, d.Field, d.Old, d.New, null)));
            return (ReminderActionOutcome.Recorded, updated, events, null);
        });

    /// <summary>Puts the reminder off to <paramref name="choice"/>; a card whose reminder was already snoozed or done records nothing.</summary>
    public Task<ReminderActionResult> SnoozeAsync(
        long ticketNumber, ReminderKind kind, DateTimeOffset due, SnoozeChoice choice, string actor, CancellationToken cancellationToken) =>
        WriteAsync(ticketNumber, cancellationToken, (ticket, history, now) =>
        {
            var zone = ReminderRules.ZoneOf(ticket, settings);
            var (current, done) = history.Follow(kind, due);
            if (done)
            {
                return Outcome(ReminderActionOutcome.AlreadyDone);
            }
            if (current != due)
            {
                return (ReminderActionOutcome.AlreadySnoozed, null, [], Reminder.At(ticketNumber, kind, current, zone, ReminderTarget.Owner));
            }
            var until = Until(choice, now, zone);
            var snoozed = Event(ticketNumber, now, actor, TicketChange.ReminderSnoozed, kind, due, ReminderHistory.Stamp(until));
            return (ReminderActionOutcome.Recorded, ticket, [snoozed], Reminder.At(ticketNumber, kind, until, zone, ReminderTarget.Owner));
        });

    /// <summary>One hour from now, or 08:00 on the next business day in the ticket's zone; whole seconds (the history's stamp).</summary>
    public DateTimeOffset Until(SnoozeChoice choice, DateTimeOffset now, TimeZoneInfo zone)
    {
        var until = choice == SnoozeChoice.OneHour
            ? now.AddHours(1)
            : Conversation.TimeZones.Scheduled(settings.Calendar.AddBusinessDays(LocalTimes.DayIn(now, zone), 1).ToDateTime(ReminderSettings.MorningTime), zone);
        return until.AddTicks(-(until.UtcTicks % TimeSpan.TicksPerSecond)).ToUniversalTime();
    }

    private delegate (ReminderActionOutcome Outcome, Ticket? Updated, IReadOnlyList<TicketEvent> Events, Reminder? SnoozedTo) Decide(
        Ticket ticket, ReminderHistory history, DateTimeOffset now);

    /// <summary>Reads the ticket and its history, decides, and writes under the ticket's version; a concurrent write makes it read and decide again.</summary>
    private async Task<ReminderActionResult> WriteAsync(long ticketNumber, CancellationToken cancellationToken, Decide decide)
    {
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var ticket = await store.GetAsync(ticketNumber, cancellationToken);
            if (ticket is null)
            {
                return new ReminderActionResult(ReminderActionOutcome.TicketNotFound, null);
            }
            var history = new ReminderHistory(await store.EventsAsync(ticketNumber, cancellationToken));
            var now = clock.GetUtcNow();
            var (outcome, updated, events, snoozedTo) = decide(ticket, history, now);
            if (outcome != ReminderActionOutcome.Recorded)
            {
                return new ReminderActionResult(outcome, ticket, snoozedTo);
            }
            try
            {
                var saved = await store.UpdateAsync(updated! with { UpdatedAt = now }, events, cancellationToken);
                return new ReminderActionResult(outcome, saved, snoozedTo);
            }
            catch (TicketConcurrencyException)
            {
                // Someone changed the ticket (maybe the same press on another instance): read the history again.
            }
        }
        return new ReminderActionResult(ReminderActionOutcome.Busy, null);
    }

    private static (ReminderActionOutcome, Ticket?, IReadOnlyList<TicketEvent>, Reminder?) Outcome(ReminderActionOutcome outcome) => (outcome, null, [], null);

    private static TicketEvent Event(long ticket, DateTimeOffset at, string actor, TicketChange change, ReminderKind kind, DateTimeOffset due, string? newValue) =>
        new(0, ticket, at, actor, change, kind.Name(), ReminderHistory.Stamp(due), newValue, null);
}
