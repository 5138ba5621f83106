using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Processes acknowledged Slack work in the background (a few at a time), resumes what a restart interrupted,
/// and sweeps old dedupe records. Work cut off by shutdown stays pending and runs after the next start.
/// </summary>
public sealed class SlackInboxWorker(
    SlackInbox inbox,
    SlackTurnRunner runner,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    public const int Parallelism = 4;
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the server takes requests, so work accepted from now on is queued exactly once.
        if (options.Value.IsEnabled && await inbox.RequeueUnfinishedAsync(cancellationToken) is > 0 and var count)
        {
            Log.Resuming(logger, count);
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

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await inbox.SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }
}
