namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The channel-neutral delivery seam: Teams implements it now, Slack next. A failure is a result, not an exception;
/// the dispatcher retries it with backoff and lists it under <c>reminders failed</c> when it gives up.
/// </summary>
public interface IReminderSender
{
    Task<DeliveryResult> SendAsync(ReminderNotice notice, CancellationToken cancellationToken);
}
