using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// Where each turn's <see cref="TurnDeliveryLog"/> is kept: <c>delivered/{channel}/{turn id}</c> in the state store
/// (SQLite or PostgreSQL, shared by every instance), for <see cref="Keep"/> after its last write, then swept
/// (<see cref="TurnDeliverySweeper"/>). A turn is run again within minutes (a redelivery, a retry, work taken on after a
/// restart), so a day is ample; a turn run again later than that sends its messages again.
/// </summary>
/// <param name="writer">Set when this process alone uses the store (SQLite): records are written behind the turn.</param>
public sealed class TurnDeliveries(IStateStore store, TimeProvider clock, ILogger<TurnDeliveries> logger, TurnDeliveryWriter? writer = null)
{
    public const string KeyPrefix = "delivered/";
    public static readonly TimeSpan Keep = TimeSpan.FromDays(1);

    /// <summary>The log of turn <paramref name="turnId"/> of <paramref name="channel"/>; a turn without an id records nothing.</summary>
    public TurnDeliveryLog For(string channel, string? turnId) =>
        new(turnId is null ? null : store, writer, KeyOf(channel, turnId ?? ""), clock, logger);

    /// <summary>
    /// The turn completed: answered, and marked processed so it is not run again. A record of it still waiting to be written
    /// behind it (<see cref="TurnDeliveryWriter"/>) is no longer needed.
    /// </summary>
    public void Completed(string channel, string turnId) => writer?.Completed(KeyOf(channel, turnId));

    private static string KeyOf(string channel, string turnId) => KeyPrefix + channel + "/" + Uri.EscapeDataString(turnId);

    /// <summary>Deletes the records not written for <see cref="Keep"/>.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - Keep;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            if (JsonSerializer.Deserialize(item.Json, DeliveriesJsonContext.Default.TurnDeliveryRecord) is { } record && record.UpdatedAt < cutoff)
            {
                await DeleteAsync(item, cancellationToken);
            }
        }
    }

    private async Task DeleteAsync(StoredItem item, CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(item.Key, item.ETag, cancellationToken);
            writer?.Swept(item.Key, item.ETag);
        }
        catch (ConcurrencyException)
        {
            // written again since it was listed: a turn is using it
        }
    }
}
