using OneJanitorial.Bot.Storage;
using Quartz;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The Quartz job that runs one scheduler pass every <c>Reminders:PollSeconds</c>. Quartz only paces the passes (one
/// at a time per instance); which reminder goes, and that it goes once, is decided by the outbox in the app database.
/// With storage down the pass is skipped (logged, connections reset); what it had claimed is taken on again when the
/// claim lapses, and no attempt is counted.
/// </summary>
public sealed partial class ReminderPollJob(ReminderDispatcher dispatcher, Database database, ILogger<ReminderPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminders.poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.RunOnceAsync(cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            LogStorageDown(logger, e);
            database.ResetConnections();
        }
    }

    [LoggerMessage(EventId = 1206, Level = LogLevel.Warning, Message = "Reminder pass skipped: storage is down; claimed reminders are taken on again when their claims lapse")]
    private static partial void LogStorageDown(ILogger logger, Exception error);
}
