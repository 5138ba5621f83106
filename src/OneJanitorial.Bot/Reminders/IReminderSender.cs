using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The channel-neutral delivery seam: Teams implements it, and Slack for the teams on Slack (wrapping Teams). A failure is a result, not an exception;
/// the dispatcher retries it with backoff and lists it under <c>reminders failed</c> when it gives up.
/// </summary>
public interface IReminderSender
{
    Task<DeliveryResult> SendAsync(ReminderNotice notice, CancellationToken cancellationToken);

    /// <summary>
    /// Posts a scheduled view (a huddle digest) into the team channel <paramref name="channel"/>. A channel that cannot
    /// post there returns a failed delivery that <c>reminders failed</c> lists, never a silent one.
    /// </summary>
    Task<DeliveryResult> PostAsync(string channel, View view, CancellationToken cancellationToken);
}
