using System.Collections.Concurrent;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A reminder channel that records what it delivered. <see cref="Before"/> runs before each send: throw from it to
/// simulate a crash (nothing delivered), or return a failure; <see cref="Post"/> decides a huddle post's result.
/// </summary>
public sealed class RecordingReminderSender(ConcurrentQueue<ReminderNotice>? shared = null, ConcurrentQueue<(string Channel, View View)>? posted = null) : IReminderSender
{
    public ConcurrentQueue<ReminderNotice> Delivered { get; } = shared ?? new();

    /// <summary>The huddle posts delivered: channel and view.</summary>
    public ConcurrentQueue<(string Channel, View View)> Posted { get; } = posted ?? new();

    /// <summary>The delivery of every send or post tried, delivered or not: its key and expiry.</summary>
    public ConcurrentQueue<ProactiveDelivery> Deliveries { get; } = new();

    public Func<string, View, DeliveryResult?> Post { get; set; } = (_, _) => null;

    public async Task<DeliveryResult> PostAsync(string channel, View view, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        Deliveries.Enqueue(delivery);
        if (Post(channel, view) is { } refused)
        {
            return refused;
        }
        await Task.Yield();
        Posted.Enqueue((channel, view));
        return DeliveryResult.Sent("test channel");
    }

    public Func<ReminderNotice, DeliveryResult?> Before { get; set; } = _ => null;

    public async Task<DeliveryResult> SendAsync(ReminderNotice notice, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        Deliveries.Enqueue(delivery);
        if (Before(notice) is { } refused)
        {
            return refused;
        }
        await Task.Yield();
        Delivered.Enqueue(notice);
        return DeliveryResult.Sent("test");
    }
}
