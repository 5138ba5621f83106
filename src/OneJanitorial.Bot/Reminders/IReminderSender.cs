using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The channel-neutral delivery seam: Teams implements it, and Slack for the teams on Slack (wrapping Teams). A failure is a result, not an exception;
/// the dispatcher retries it with backoff and lists it under <c>reminders failed</c> when it gives up. Each send carries
/// its <see cref="ProactiveDelivery"/>: a channel that keeps a message to send later keeps it under that key, so the
/// dispatcher trying the same delivery again does not make it twice.
/// </summary>
public interface IReminderSender
{
    Task<DeliveryResult> SendAsync(ReminderNotice notice, ProactiveDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Posts a scheduled view (a huddle digest) into the team channel <paramref name="channel"/>. A channel that cannot
    /// post there returns a failed delivery that <c>reminders failed</c> lists, never a silent one.
    /// </summary>
    Task<DeliveryResult> PostAsync(string channel, View view, ProactiveDelivery delivery, CancellationToken cancellationToken);
}
