using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// One scheduler pass: re-derive the changed open (or recently closed) tickets' reminders and the team channels' huddle posts
/// (<see cref="HuddleSchedule"/>) into the outbox, then claim the due ones, send each and mark it. Several instances may
/// run passes at once; the outbox makes each reminder and each huddle post go once. A reminder more than
/// <see cref="LateAfter"/> past due is sent marked late.
/// </summary>
public sealed partial class ReminderDispatcher(
    ITicketStore tickets,
    ReminderOutbox outbox,
    ReminderSettings settings,
    IReminderSender sender,
    HuddlePosts huddles,
    TimeProvider clock,
    IOptions<RemindersOptions> options,
    ILogger<ReminderDispatcher> logger)
{
    private const int BatchSize = 20;

    private readonly ReminderSync _sync = new(tickets, outbox, settings, clock, options, logger);

    /// <summary>This instance's claim name.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private TimeSpan LateAfter => TimeSpan.FromSeconds(Math.Max(120, 2 * options.Value.PollSeconds));

    /// <summary>Syncs the outbox and delivers what is due; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken);
        var sent = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            var batch = await outbox.ClaimAsync(Instance, now, now.AddSeconds(options.Value.ClaimTimeoutSeconds), BatchSize, cancellationToken);
            foreach (var entry in batch)
            {
                sent += await DeliverAsync(entry, cancellationToken) ? 1 : 0;
            }
            if (batch.Count < BatchSize)
            {
                return sent;
            }
        }
    }

    /// <summary>
    /// Re-derives the reminders of the open tickets and of those closed in the last week (review follow-ups) that
    /// changed since the last pass, all of them on this instance's first (<see cref="ReminderSync"/>), and the huddle posts.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _sync.SyncAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var notBefore = now - TimeSpan.FromHours(options.Value.MaxLateHours);
        var posts = HuddleSchedule.Due(huddles.Channels(), options.Value.Huddles, settings, now);
        await outbox.SyncAsync(HuddleSchedule.TicketNumber, posts, notBefore, cancellationToken);
    }

    private async Task<bool> DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var reminder = entry.Reminder;
        var now = clock.GetUtcNow();
        if (reminder.IsHuddlePost && await DroppedAsync(reminder, now, cancellationToken))
        {
            return false;
        }
        if (!await outbox.RenewAsync(reminder.Key, Instance, now.AddSeconds(options.Value.ClaimTimeoutSeconds), cancellationToken))
        {
            Log.ClaimTaken(logger, reminder.Key);
            return false;
        }
        var late = now - reminder.DueUtc > LateAfter;
        var result = await SendAsync(reminder, late, cancellationToken);
        if (result.Delivered)
        {
            if (!await outbox.MarkSentAsync(reminder.Key, Instance, clock.GetUtcNow(), late, cancellationToken))
            {
                Log.ClaimLost(logger, reminder.Key);
            }
            Log.Sent(logger, reminder.Key, result.Detail, late);
            return true;
        }
        var attempts = entry.Attempts + 1; // counted as the claim was renewed for this send
        var retryAt = attempts < options.Value.MaxAttempts ? now + Backoff(attempts, 1800)
            : result.PeerUnavailable && StillOfUse(reminder, now) ? now + Backoff(attempts, 300)
            : (DateTimeOffset?)null;
        await outbox.MarkFailedAsync(reminder.Key, Instance, result.Detail, retryAt, cancellationToken);
        Log.Failed(logger, reminder.Key, attempts, result.Detail, retryAt is null);
        return false;
    }

    /// <summary>
    /// Cancels a claimed huddle post of no use any more: its day ended, or its channel gets no huddle posts now (its teams
    /// moved to another chat service or off the map). Sync cancels only pending rows, so a post claimed by an instance that
    /// stopped before marking it comes back here after its claim runs out, and would post an empty digest otherwise.
    /// </summary>
    private async Task<bool> DroppedAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dayOver = !HuddleSchedule.OnItsDay(reminder, settings, now);
        if (!dayOver && huddles.Channels().Contains(reminder.Channel!, StringComparer.Ordinal))
        {
            return false;
        }
        await outbox.DropAsync(reminder.Key, Instance, cancellationToken);
        if (dayOver)
        {
            Log.HuddleDropped(logger, reminder.Key);
        }
        else
        {
            Log.HuddleChannelGone(logger, reminder.Key);
        }
        return true;
    }

    /// <summary>A huddle post into its channel, or a ticket's reminder to whom it is routed, under its key (<see cref="ProactiveDelivery"/>).</summary>
    private async Task<DeliveryResult> SendAsync(Reminder reminder, bool late, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = new ProactiveDelivery(reminder.Key, ExpiresAt(reminder));
            if (reminder.Channel is { } channel)
            {
                return await sender.PostAsync(channel, await huddles.BuildAsync(reminder, cancellationToken), delivery, cancellationToken);
            }
            var ticket = await tickets.GetAsync(reminder.TicketNumber, cancellationToken);
            return ticket is null
                ? DeliveryResult.Failed("the ticket no longer exists")
                : await sender.SendAsync(new ReminderNotice(reminder, ticket, late), delivery, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // The connector's message names the status and method, never the message text. No status: no answer at all
            // (connection refused, the circuit open); a transient status (5xx, 429): the connector is out, not this reminder.
            return e.StatusCode is not { } status || PeerUnavailable(status)
                ? DeliveryResult.Unavailable(e.Message)
                : DeliveryResult.Failed(e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // An HTTP client's own timeout (Slack's), not this pass stopping: a failed attempt, as a 5xx is.
            return DeliveryResult.Unavailable("timed out");
        }
        // Anything else this one send threw (a bug in building its message) is a failed attempt of this reminder, so it
        // ends up failed and listed instead of ending the pass with the rest of its batch claimed and unsent, again on
        // every pass. Storage down is no failed attempt: it goes up to the job, and the reminder is taken on again when
        // its claim lapses, so an outage cannot use up its attempts; nor is this pass stopping (host shutdown).
        catch (Exception e) when (e is not OperationCanceledException && !StorageFaults.IsOutage(e))
        {
            return DeliveryResult.Failed(e.GetType().Name);
        }
    }

    /// <summary>
    /// While the peer is out a reminder is retried until it is of no use: a huddle post until its day ends (it is dropped
    /// then, event 1207), a ticket's reminder until <see cref="RemindersOptions.GiveUpAfterHours"/> past due.
    /// </summary>
    private bool StillOfUse(Reminder reminder, DateTimeOffset now) =>
        reminder.IsHuddlePost || now - reminder.DueUtc < TimeSpan.FromHours(options.Value.GiveUpAfterHours);

    /// <summary>
    /// Until when a message kept by the channel to send later is of use: a huddle digest until its business day ends
    /// (<see cref="HuddleSchedule.EndOfItsDay"/>), not hours later as if fresh; a ticket's reminder as long as this
    /// dispatcher itself would go on trying it while the peer is out (<see cref="StillOfUse"/>), counted from when it is
    /// sent if that is later (a late reminder is sent because it is still of use).
    /// </summary>
    private DateTimeOffset ExpiresAt(Reminder reminder)
    {
        if (reminder.IsHuddlePost)
        {
            return HuddleSchedule.EndOfItsDay(reminder, settings);
        }
        var now = clock.GetUtcNow();
        return (reminder.DueUtc > now ? reminder.DueUtc : now) + TimeSpan.FromHours(options.Value.GiveUpAfterHours);
    }

    /// <summary>A status that says the peer cannot take the call now (any chat channel's HTTP API): 5xx, 429, 408.</summary>
    private static bool PeerUnavailable(System.Net.HttpStatusCode status) =>
        (int)status >= 500 || status is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.RequestTimeout;

    /// <summary>30 s, 1 min, 2 min, ... capped at <paramref name="capSeconds"/>.</summary>
    private static TimeSpan Backoff(int attempts, int capSeconds) =>
        TimeSpan.FromSeconds(Math.Min(capSeconds, 30 * Math.Pow(2, Math.Min(20, Math.Max(0, attempts - 1)))));

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Reminder {Key} sent to {Where} (late: {Late})")]
        public static partial void Sent(ILogger logger, string key, string where, bool late);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Reminder {Key} attempt {Attempt} failed: {Reason} (given up: {GivenUp})")]
        public static partial void Failed(ILogger logger, string key, int attempt, string reason, bool givenUp);

        [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Reminder {Key} left to the instance that claimed it after this one's claim ran out")]
        public static partial void ClaimTaken(ILogger logger, string key);

        [LoggerMessage(EventId = 1207, Level = LogLevel.Warning, Message = "Huddle post {Key} dropped: its day ended before it was posted")]
        public static partial void HuddleDropped(ILogger logger, string key);

        [LoggerMessage(EventId = 1208, Level = LogLevel.Warning, Message = "Huddle post {Key} dropped: its channel gets no huddle posts any more")]
        public static partial void HuddleChannelGone(ILogger logger, string key);

        [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Reminder {Key} was sent after its claim expired; another instance may have claimed it")]
        public static partial void ClaimLost(ILogger logger, string key);
    }
}
