using System.Collections.Concurrent;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A reminder channel that records what it delivered. <see cref="Before"/> runs before each send: throw from it to
/// simulate a crash (nothing delivered), or return a failure.
/// </summary>
public sealed class RecordingReminderSender(ConcurrentQueue<ReminderNotice>? shared = null) : IReminderSender
{
    public ConcurrentQueue<ReminderNotice> Delivered { get; } = shared ?? new();

    public Func<ReminderNotice, DeliveryResult?> Before { get; set; } = _ => null;

    public async Task<DeliveryResult> SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        if (Before(notice) is { } refused)
        {
            return refused;
        }
        await Task.Yield();
        Delivered.Enqueue(notice);
        return DeliveryResult.Sent("test");
    }
}
