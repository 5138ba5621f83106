using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// The <see cref="ProactiveDelivery"/> a test's send or post goes under, as the dispatcher would give it: a reminder's
/// own key, valid four hours past due; a post under a key of its own, never expiring.
/// </summary>
public static class TestDeliveries
{
    public static ProactiveDelivery Of(ReminderNotice notice) => new(notice.Reminder.Key, notice.Reminder.DueUtc + TimeSpan.FromHours(4));

    public static ProactiveDelivery Post(string key) => new(key, DateTimeOffset.MaxValue);

    /// <summary>Sends under the reminder's own delivery (<see cref="Of"/>).</summary>
    public static Task<DeliveryResult> SendAsync(this IReminderSender sender, ReminderNotice notice, CancellationToken cancellationToken) =>
        sender.SendAsync(notice, Of(notice), cancellationToken);

    /// <summary>Posts under a delivery of the channel's own (<see cref="Post"/>).</summary>
    public static Task<DeliveryResult> PostAsync(this IReminderSender sender, string channel, View view, CancellationToken cancellationToken) =>
        sender.PostAsync(channel, view, Post($"huddle/{channel}/test"), cancellationToken);
}
