namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>Sweeps old turn delivery records (<see cref="TurnDeliveries.SweepAsync"/>) every <see cref="Interval"/> of the bot's clock.</summary>
public sealed class TurnDeliverySweeper(TurnDeliveries deliveries, TimeProvider clock, ILogger<TurnDeliverySweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await deliveries.SweepAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.SweepFailed(logger, e);
        }
    }
}
