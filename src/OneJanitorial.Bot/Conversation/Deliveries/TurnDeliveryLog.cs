using System.Text;
using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// The outgoing messages of one turn, numbered in the order the turn sends them (1, 2, …), and which of them the channel
/// took, kept in the state store under the turn's id (<see cref="TurnDeliveries"/>). A turn run again — Teams delivering
/// the activity again after storage was down or the process died, Slack work retried after its timeout or taken on
/// after a crash — skips each message an earlier run delivered with the same content at the same number, so what the
/// user already has is not sent twice.
/// <para>At least once, not exactly once: a message is recorded only after the channel took it, so a crash (or a storage
/// outage on the record, logged as event 1031) between the send and its record sends it again on a later run; a record
/// written inside a dialog step's <see cref="DatabaseScope"/> that is rolled back is lost the same way. A run that
/// sends something else at a number (the dialog moved on, the card shows a later time) sends it: a message is never
/// skipped on a guess, so nothing is lost to avoid a double.</para>
/// </summary>
public sealed class TurnDeliveryLog
{
    private readonly IStateStore? _store;
    private readonly TurnDeliveryWriter? _writer;
    private readonly string _key;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private List<DeliveredMessage>? _delivered;
    private int _sent;

    /// <param name="store">Null for a turn without an id (it cannot be delivered again): every message is sent, nothing recorded.</param>
    /// <param name="writer">Set when this process alone uses the store: records are read and written through it (<see cref="TurnDeliveryWriter"/>).</param>
    internal TurnDeliveryLog(IStateStore? store, TurnDeliveryWriter? writer, string key, TimeProvider clock, ILogger logger)
    {
        (_store, _writer, _key, _clock, _logger) = (store, writer, key, clock, logger);
    }

    /// <summary>
    /// Sends the turn's next message with <paramref name="send"/> (which returns the channel's id for it) and records it,
    /// unless an earlier run of the turn delivered the same <paramref name="content"/> at this number: then returns that id.
    /// </summary>
    public Task<string?> SendOnceAsync(string content, Func<CancellationToken, Task<string?>> send, CancellationToken cancellationToken) =>
        SendOnceAsync(Encoding.UTF8.GetBytes(content), send, cancellationToken);

    /// <param name="content">What the channel is sent, as UTF-8 (the request body itself, so it is not serialized twice).</param>
    public async Task<string?> SendOnceAsync(ReadOnlyMemory<byte> content, Func<CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        var next = await NextAsync(content, cancellationToken);
        if (next.Delivered)
        {
            return next.Message.MessageId;
        }
        var id = await send(cancellationToken);
        await RecordAsync(next, id, cancellationToken);
        return id;
    }

    /// <summary>Numbers the turn's next message (<paramref name="content"/>: what the channel is sent, serialized).</summary>
    public Task<OutgoingMessage> NextAsync(string content, CancellationToken cancellationToken) =>
        NextAsync(Encoding.UTF8.GetBytes(content), cancellationToken);

    /// <summary>Numbers the turn's next message (<paramref name="content"/>: what the channel is sent, as UTF-8).</summary>
    public async Task<OutgoingMessage> NextAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        _delivered ??= await LoadAsync(cancellationToken);
        return Find(++_sent, content.Span);
    }

    /// <summary>
    /// A message the turn says at most once, wherever it falls (<paramref name="content"/>: what the channel is sent), such
    /// as a note that the rest of the reply goes elsewhere: not numbered (<see cref="DeliveredMessage.Unnumbered"/>), so
    /// the turn's numbered messages keep their numbers in a run again that says it at another point or not at all;
    /// <see cref="OutgoingMessage.Delivered"/> when an earlier run delivered it. Recorded with <see cref="RecordAsync"/>.
    /// </summary>
    public async Task<OutgoingMessage> OnceAsync(string content, CancellationToken cancellationToken)
    {
        _delivered ??= await LoadAsync(cancellationToken);
        return Find(DeliveredMessage.Unnumbered, Encoding.UTF8.GetBytes(content));
    }

    private OutgoingMessage Find(int ordinal, ReadOnlySpan<byte> content)
    {
        var digest = DeliveredMessage.DigestOf(content);
        DeliveredMessage? earlier = null;
        foreach (var message in _delivered!)
        {
            if (message.Ordinal == ordinal && message.Carried(digest, content))
            {
                earlier = message;
                break;
            }
        }
        if (earlier is not null)
        {
            Log.AlreadyDelivered(_logger, _key, ordinal);
        }
        return earlier is not null ? new OutgoingMessage(earlier, Delivered: true) : new OutgoingMessage(new DeliveredMessage(ordinal, digest, null), Delivered: false);
    }

    /// <summary>
    /// Records that the channel took <paramref name="message"/> (or that it was handed on to be sent later, e.g. as a
    /// Slack follow-up). A storage outage here is logged, not thrown: the message is out, and failing the turn for its
    /// record would only run the turn again sooner.
    /// </summary>
    public async Task RecordAsync(OutgoingMessage message, string? messageId, CancellationToken cancellationToken)
    {
        if (_store is null || _delivered is null)
        {
            return;
        }
        _delivered.RemoveAll(m => m.Ordinal == message.Message.Ordinal && (m.Ordinal != DeliveredMessage.Unnumbered || m.Digest == message.Message.Digest));
        _delivered.Add(message.Message with { MessageId = messageId });
        if (_writer is not null)
        {
            _writer.Record(_key, new TurnDeliveryRecord(_clock.GetUtcNow(), [.. _delivered]));
            return;
        }
        var json = JsonSerializer.Serialize(new TurnDeliveryRecord(_clock.GetUtcNow(), _delivered), DeliveriesJsonContext.Default.TurnDeliveryRecord);
        try
        {
            // Overwrite: one run of a turn at a time (the conversation gate, the Slack work's claim) writes its record.
            await _store.WriteAsync(_key, json, SqlStateStore.AnyETag, cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            Log.RecordFailed(_logger, e, _key, message.Message.Ordinal);
        }
    }

    private async Task<List<DeliveredMessage>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return [];
        }
        var record = _writer is not null
            ? await _writer.ReadAsync(_key, cancellationToken)
            : await _store.ReadAsync(_key, cancellationToken) is { } item ? JsonSerializer.Deserialize(item.Json, DeliveriesJsonContext.Default.TurnDeliveryRecord) : null;
        return record is null ? [] : [.. record.Messages];
    }
}
