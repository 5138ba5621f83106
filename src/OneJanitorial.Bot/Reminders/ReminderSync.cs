using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Keeps the outbox in step with the tickets without reading them all on every pass. The first pass of a process
/// derives every ticket that can have reminders (the settings may have changed since the last run); later passes only
/// the tickets written since the last pass (the store's change cursor, <see cref="ITicketStore.ChangedAsync"/>) and the
/// open tickets whose reminders move with time alone by now (<see cref="ReminderRules.ChangesAt"/>: the overdue alerts),
/// their events read with them in one query. A ticket closed more than <see cref="ClosedKeepsReminders"/> ago is not read.
/// Passes of one instance run one at a time; each instance keeps its own cursor, the outbox makes the writes of two agree.
/// </summary>
public sealed partial class ReminderSync(
    ITicketStore tickets, ReminderOutbox outbox, ReminderSettings settings, TimeProvider clock, IOptions<RemindersOptions> options, ILogger logger)
{
    public static readonly TimeSpan ClosedKeepsReminders = TimeSpan.FromDays(7);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Open tickets by the instant their derived reminders next change with time alone.</summary>
    private readonly Dictionary<long, DateTimeOffset> _timed = [];

    /// <summary>The last change derived; null before this process's first (full) pass.</summary>
    private long? _cursor;

    /// <summary>Derives the tickets written since the last pass (all of them on the first) and those due by time; returns how many tickets were read.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var closedAfter = now - ClosedKeepsReminders;
            var changed = await tickets.ChangedAsync(new TicketChangeQuery(_cursor ?? TicketChangeQuery.Every, [], closedAfter), cancellationToken);
            var read = await DeriveAsync(changed, now, cancellationToken);
            var timed = _timed.Where(t => t.Value <= now).Select(t => t.Key).ToList();
            foreach (var numbers in timed.Chunk(TicketChangeQuery.MaxNumbers))
            {
                // Left in the schedule until derived, so a pass that fails here tries them again; one read is scheduled
                // again by DeriveAsync, one no longer read (closed long ago meanwhile) leaves the schedule.
                var due = await tickets.ChangedAsync(new TicketChangeQuery(null, numbers, closedAfter), cancellationToken);
                read += await DeriveAsync(due, now, cancellationToken);
                foreach (var gone in numbers.Except(due.Tickets.Select(t => t.Number)))
                {
                    _timed.Remove(gone);
                }
            }
            Log.Synced(logger, _cursor is null, changed.Tickets.Count, timed.Count);
            _cursor = changed.LastChange;
            return read;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Writes the tickets' reminders a bounded batch per transaction (<see cref="ReminderOutbox.MaxTicketsPerSync"/>) and
    /// schedules a batch's time-due tickets once it is written. A pass stopped between batches (a crash, a lost
    /// connection) keeps the batches written; its cursor does not move, so the next pass (or the next process's full
    /// pass) derives the rest, and the outbox's keys make rewriting a written batch change nothing.
    /// </summary>
    private async Task<int> DeriveAsync(ChangedTickets read, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notBefore = now - TimeSpan.FromHours(options.Value.MaxLateHours);
        foreach (var batch in read.Tickets.Chunk(ReminderOutbox.MaxTicketsPerSync))
        {
            var derived = batch.SelectMany(t => ReminderRules.Derive(t, [.. read.Events[t.Number]], settings, now)).ToList();
            await outbox.SyncAsync([.. batch.Select(t => t.Number)], derived, notBefore, cancellationToken);
            foreach (var ticket in batch)
            {
                Schedule(ticket, now);
            }
        }
        return read.Tickets.Count;
    }

    private void Schedule(Ticket ticket, DateTimeOffset now)
    {
        if (ReminderRules.ChangesAt(ticket, settings, now) is { } at)
        {
            _timed[ticket.Number] = at;
        }
        else
        {
            _timed.Remove(ticket.Number);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1205, Level = LogLevel.Debug, Message = "Reminder sync (full: {Full}) derived {Changed} changed and {Timed} time-due tickets")]
        public static partial void Synced(ILogger logger, bool full, int changed, int timed);
    }
}
