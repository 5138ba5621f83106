using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Processes acknowledged Slack work in the background, in per-conversation lanes (<see cref="SlackWorkLanes"/>): a
/// conversation's work runs one after another in the order accepted, up to <see cref="Parallelism"/> conversations' work
/// at once, and work queued behind its conversation's earlier work holds no slot, so one busy conversation never keeps
/// another waiting. Nor does one busy on another instance: its work does not wait for it in a slot but is put back in
/// its place and tried again after <see cref="BusyDelay"/> (<see cref="SlackWorkOutcome.Busy"/>), its claim renewed each
/// time; busy for a whole <see cref="SlackOptions.TurnQueueTimeout"/> is a failed attempt, retried as below, so a
/// conversation whose gate is wedged does not hold its work forever. Takes on work whose
/// instance stopped mid-turn (claim not renewed for over <see cref="StaleAfter"/>: at start and every
/// <see cref="SweepInterval"/>), and sweeps old dedupe records and expired modal states (<see cref="SlackModalStore"/>).
/// Work cut off by shutdown stays pending and is taken on again. Work is done only once it succeeded (at least once): an
/// attempt that failed in a way a retry can fix is retried after <see cref="RetryDelay"/>, in its place (its
/// conversation's later work waits for it, so replies keep their order), up to <see cref="MaxAttempts"/>; then, or at
/// once when a retry cannot fix it, it is given up: logged with its id, marked failed, counted
/// (<see cref="SlackMetrics"/>) and the user told (<see cref="SlackFailureNotice"/>).
/// </summary>
public sealed class SlackInboxWorker(
    SlackInbox inbox,
    SlackTurnRunner runner,
    SlackModalStore modals,
    SlackMetrics metrics,
    SlackFailureNotice notice,
    TurnDeliveries deliveries,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    public const int Parallelism = 4;
    public const int MaxAttempts = 5;
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long work that must wait for its conversation's earlier pages (<see cref="SlackWorkOutcome.Wait"/>) waits before it is tried again.</summary>
    public static readonly TimeSpan WaitDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long work whose conversation a turn holds (<see cref="SlackWorkOutcome.Busy"/>) waits before it is tried again.</summary>
    public static readonly TimeSpan BusyDelay = TimeSpan.FromSeconds(1);

    /// <summary>Since when each claim's work has found its conversation busy, attempt after attempt (by claim token).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _busySince = new(StringComparer.Ordinal);

    /// <summary>
    /// A claim not renewed for longer belongs to an instance that is gone. Its holder renews it as each attempt starts
    /// (<see cref="SlackInbox.TryStartAsync"/>: one every <see cref="BusyDelay"/> while its conversation is busy), as a
    /// turn gets into its conversation (<see cref="SlackTurnRunner"/>), at each failed attempt and page posted; a turn
    /// runs at most one <see cref="SlackOptions.TurnTimeout"/> after it got in, and one more is to spare.
    /// </summary>
    public TimeSpan StaleAfter => options.Value.TurnTimeout * 2;

    /// <summary>2, 4, 8, 16 s after the 1st…4th failed attempt: about half a minute in all, well within <see cref="StaleAfter"/>.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) => TimeSpan.FromSeconds(2 << (failedAttempts - 1));

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsEnabled)
        {
            await ClaimStaleAsync(cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }
        var sweeping = SweepAsync(stoppingToken);
        var lanes = new SlackWorkLanes(Parallelism, ProcessAsync, clock, stoppingToken);
        try
        {
            await foreach (var claim in inbox.Pending.ReadAllAsync(stoppingToken))
            {
                lanes.Add(SlackWorkLane.KeyOf(claim.Work), claim);
            }
        }
        finally
        {
            await lanes.DrainAsync();
        }
        await sweeping;
    }

    // A storage failure around the work (claiming it, counting a failure, marking it done) must not end the worker:
    // the entry stays pending under this instance's claim, so the stale-claim sweep takes it on again once the claim
    // is stale (at least once: work that ran but could not be marked done runs again). Only shutdown ends it: a
    // cancellation that is not the worker's own (an HTTP call's timeout) is a failure like any other. Returns the
    // delay after which the work runs again in its place in its lane (a retry, a wait), or null when it is finished here.
    private async ValueTask<TimeSpan?> ProcessAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessOnceAsync(claim, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.WorkStateFailed(logger, e, claim.Work.Kind, claim.Work.Id);
            return null;
        }
    }

    private async Task<TimeSpan?> ProcessOnceAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        var busySince = _busySince.TryRemove(claim.Token, out var since) ? since : (DateTimeOffset?)null;
        if (!await inbox.TryStartAsync(claim, cancellationToken))
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return null;
        }
        switch (await TryRunAsync(claim, cancellationToken))
        {
            case SlackWorkOutcome.Done:
                await MarkDoneAsync(claim);
                return null;
            case SlackWorkOutcome.Failed:
                Log.WorkFailedForGood(logger, work.Kind, work.Id);
                await GiveUpAsync(claim, cancellationToken);
                return null;
            case SlackWorkOutcome.Retry when !cancellationToken.IsCancellationRequested:
                return await RetryOrGiveUpAsync(claim, cancellationToken);
            case SlackWorkOutcome.Wait:
                Log.WorkWaiting(logger, work.Kind, work.Id, WaitDelay.TotalSeconds);
                return WaitDelay;
            case SlackWorkOutcome.Busy:
                return await BusyAsync(claim, busySince ?? clock.GetUtcNow(), cancellationToken);
            case SlackWorkOutcome.Lost:
                Log.ClaimLost(logger, work.Kind, work.Id);
                return null;
            default:
                return null;
        }
    }

    /// <summary>An exception out of the work (storage down, Slack unreachable) is worth another attempt.</summary>
    private async Task<SlackWorkOutcome> TryRunAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(claim, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.WorkFailed(logger, e, claim.Work.Kind, claim.Work.Id);
            return SlackWorkOutcome.Retry;
        }
    }

    /// <summary>
    /// Its conversation was busy, attempt after attempt since <paramref name="since"/>: tried again after
    /// <see cref="BusyDelay"/>; once that has gone on for a whole <see cref="SlackOptions.TurnQueueTimeout"/>, a failed
    /// attempt (<see cref="RetryOrGiveUpAsync"/>), and the next busy stretch counts afresh.
    /// </summary>
    private async Task<TimeSpan?> BusyAsync(SlackClaim claim, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        var queueTimeout = options.Value.TurnQueueTimeout;
        if (clock.GetUtcNow() - since < queueTimeout)
        {
            _busySince[claim.Token] = since;
            Log.WorkBusy(logger, work.Kind, work.Id, BusyDelay.TotalSeconds);
            return BusyDelay;
        }
        Log.WorkNotStarted(logger, work.Kind, work.Id, queueTimeout.TotalSeconds);
        return await RetryOrGiveUpAsync(claim, cancellationToken);
    }

    /// <summary>
    /// The delay after which the work is tried again (in its place: the conversation's later work waits for it), or
    /// null when it is given up (after <see cref="MaxAttempts"/>, so a piece that always fails holds its lane only so
    /// long) or its claim was lost.
    /// </summary>
    private async Task<TimeSpan?> RetryOrGiveUpAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        if (await inbox.RecordFailureAsync(claim, CancellationToken.None) is not { } attempts)
        {
            Log.ClaimLost(logger, work.Kind, work.Id);
            return null;
        }
        if (attempts >= MaxAttempts)
        {
            Log.WorkGivenUp(logger, work.Kind, work.Id, attempts);
            await GiveUpAsync(claim, cancellationToken);
            return null;
        }
        var delay = RetryDelay(attempts);
        Log.WorkRetrying(logger, work.Kind, work.Id, attempts, delay.TotalSeconds);
        metrics.WorkRetried(work.Kind);
        return delay;
    }

    /// <summary>
    /// Marks the work failed under its claim, then counts it and tells the user. Only the claim that wrote the mark
    /// tells, so the user is told once, and only when the work will not run again: a user told "try again" who does,
    /// while a later run of the same work succeeds, would get it done twice. A stop (or a storage failure) before the
    /// mark leaves it pending to be taken on again; one between the mark and the notice leaves it failed, logged with
    /// its id (event 2118 or 2127) and the user untold.
    /// </summary>
    private async Task GiveUpAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkFailedAsync(claim, CancellationToken.None))
        {
            Log.ClaimLost(logger, claim.Work.Kind, claim.Work.Id);
            return;
        }
        metrics.WorkFailed(claim.Work.Kind);
        await notice.TellAsync(claim.Work, cancellationToken);
    }

    /// <summary>
    /// Refused when the work was claimed again meanwhile (by another instance or this one): that claim finishes it. Once
    /// marked done the work never runs again, so its turn's delivery log (<see cref="TurnDeliveries"/>, by the work's id)
    /// is complete: a record still waiting to be written behind it is dropped, as for a Teams turn. Not before the mark:
    /// work whose mark failed is taken on again and must still skip what it posted.
    /// </summary>
    private async Task MarkDoneAsync(SlackClaim claim)
    {
        if (!await inbox.MarkDoneAsync(claim, CancellationToken.None))
        {
            Log.ClaimLost(logger, claim.Work.Kind, claim.Work.Id);
            return;
        }
        deliveries.Completed(SlackTurnMapper.ChannelName, claim.Work.Id);
    }

    private async Task ClaimStaleAsync(CancellationToken cancellationToken)
    {
        if (await inbox.ClaimStaleAsync(StaleAfter, cancellationToken) is > 0 and var count)
        {
            Log.Resuming(logger, count);
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepStepAsync(inbox.SweepAsync, stoppingToken);
                await SweepStepAsync(modals.SweepAsync, stoppingToken);
                await SweepStepAsync(ClaimStaleAsync, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    /// <summary>
    /// One step of a sweep, each on its own: a failure (the database out for a moment, an unreadable entry) is logged
    /// and the next sweep runs it again, so neither it nor the steps after it end the loop that takes on stale work.
    /// </summary>
    private async Task SweepStepAsync(Func<CancellationToken, Task> step, CancellationToken stoppingToken)
    {
        try
        {
            await step(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.SweepFailed(logger, e);
        }
    }
}
