using Quartz;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The Quartz job that runs one scheduler pass every <c>Reminders:PollSeconds</c>. Quartz only paces the passes (one
/// at a time per instance); which reminder goes, and that it goes once, is decided by the outbox in the app database.
/// </summary>
public sealed class ReminderPollJob(ReminderDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("reminders.poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.RunOnceAsync(cancellationToken);
}
