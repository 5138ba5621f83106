using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Processes acknowledged Slack work in the background (a few at a time), takes on work whose instance stopped
/// mid-turn (claim older than <see cref="StaleAfter"/>: at start and every <see cref="SweepInterval"/>), and sweeps
/// old dedupe records. Work cut off by shutdown stays pending and is taken on again.
/// </summary>
public sealed class SlackInboxWorker(
    SlackInbox inbox,
    SlackTurnRunner runner,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    public const int Parallelism = 4;
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>A claim this old belongs to an instance that is gone: no turn runs longer than its timeout.</summary>
    public TimeSpan StaleAfter => options.Value.TurnTimeout * 2;

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
        await Parallel.ForEachAsync(
            inbox.Pending.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            ProcessAsync);
        await sweeping;
    }

    private async ValueTask ProcessAsync(SlackWork work, CancellationToken cancellationToken)
    {
        if (!await inbox.TryStartAsync(work, cancellationToken))
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return;
        }
        try
        {
            await runner.RunAsync(work, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.WorkFailed(logger, e, work.Kind, work.Id);
        }
        if (!cancellationToken.IsCancellationRequested)
        {
            await inbox.MarkDoneAsync(work, CancellationToken.None);
        }
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
                await inbox.SweepAsync(stoppingToken);
                await ClaimStaleAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }
}
