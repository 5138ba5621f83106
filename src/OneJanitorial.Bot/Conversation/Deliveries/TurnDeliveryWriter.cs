using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// Writes turn delivery records behind the turn when this process is the only one using the store (SQLite, one instance,
/// as its redelivery filter and conversation gate). A record waits here for <see cref="Grace"/>, then the waiting ones
/// are written in one transaction; a turn that completes first (<see cref="Completed"/>: answered and marked processed, so
/// never run again) drops its record unwritten. Nearly every turn (one reply, then done) thus costs no write, where one
/// write transaction per reply on SQLite's single writer had brought an SOP question from thousands of replies a second
/// to ~170. A run again in this process reads the waiting record; one in a later process (after a crash) reads the
/// store, only for keys found there at start or written since (and not swept since), so a new turn costs no read either.
/// <para>What a crash can double: a message whose record was still waiting (at most <see cref="Grace"/> plus the write),
/// as before a message sent but not yet recorded. A record that cannot be written (storage down, event 1031, or any
/// other failure, event 1033) keeps waiting, still read by a run again in this process, and is tried again with the next
/// records or on its own after <see cref="RetryDelay"/> (5 s, doubling up to a minute), so a quiet bot still writes it
/// once storage is back. A failed write never ends this service (that would stop the bot).</para>
/// </summary>
public sealed class TurnDeliveryWriter(IStateStore store, Database database, TimeProvider clock, ILogger<TurnDeliveryWriter> logger) : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, TurnDeliveryRecord> _waiting = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _recorded = new(0);
    private Dictionary<string, string>? _stored; // key -> ETag
    private Task<Dictionary<string, string>>? _loadingStored;

    /// <summary>The record of <paramref name="key"/>: the waiting one, else the stored one when the store may have it.</summary>
    internal async Task<TurnDeliveryRecord?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_waiting.TryGetValue(key, out var waiting))
            {
                return waiting;
            }
            if (_stored is { } known && !known.ContainsKey(key))
            {
                return null;
            }
        }
        var stored = await StoredKeysAsync(cancellationToken);
        lock (_lock)
        {
            if (!stored.ContainsKey(key))
            {
                return null;
            }
        }
        return await store.ReadAsync(key, cancellationToken) is { } item
            ? JsonSerializer.Deserialize(item.Json, DeliveriesJsonContext.Default.TurnDeliveryRecord)
            : null;
    }

    /// <summary>Keeps <paramref name="record"/> to be written after <see cref="Grace"/> (replacing one still waiting).</summary>
    internal void Record(string key, TurnDeliveryRecord record)
    {
        lock (_lock)
        {
            _waiting[key] = record;
        }
        _recorded.Release();
    }

    /// <summary>
    /// The sweep deleted the stored record of <paramref name="key"/> that had <paramref name="etag"/>: it is no longer known
    /// as stored (so the set of known keys does not grow for ever), unless written again since.
    /// </summary>
    internal void Swept(string key, string etag)
    {
        lock (_lock)
        {
            if (_stored is { } stored && stored.TryGetValue(key, out var known) && known == etag)
            {
                stored.Remove(key);
            }
        }
    }

    /// <summary>The turn completed and will not run again: its record need not be written any more.</summary>
    internal void Completed(string key)
    {
        lock (_lock)
        {
            _waiting.Remove(key);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (true)
            {
                await WaitForRecordAsync(failures == 0 ? null : RetryDelay(failures), stoppingToken);
                await Task.Delay(Grace, clock, stoppingToken);
                while (_recorded.CurrentCount > 0 && _recorded.Wait(0))
                {
                    // one pass writes every record waiting now
                }
                failures = await WriteWaitingAsync(stoppingToken) ? 0 : failures + 1;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: StopAsync writes what is left
        }
    }

    /// <summary>How long records that failed to write <paramref name="failures"/> times in a row wait before they are tried again on their own.</summary>
    internal static TimeSpan RetryDelay(int failures)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(failures - 1, 10));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    /// <summary>Waits for a new record, or (records failed to write) at most <paramref name="retryAfter"/>.</summary>
    private async Task WaitForRecordAsync(TimeSpan? retryAfter, CancellationToken stoppingToken)
    {
        if (retryAfter is not { } delay)
        {
            await _recorded.WaitAsync(stoppingToken);
            return;
        }
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(_recorded.WaitAsync(wake.Token), Task.Delay(delay, clock, wake.Token));
        await wake.CancelAsync(); // the other wait ends unobserved (a record it took is written in the pass that follows)
        stoppingToken.ThrowIfCancellationRequested();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteWaitingAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _recorded.Dispose();
        base.Dispose();
    }

    /// <summary>Writes the records waiting now; false when they could not be written (they keep waiting).</summary>
    private async Task<bool> WriteWaitingAsync(CancellationToken cancellationToken)
    {
        KeyValuePair<string, TurnDeliveryRecord>[] waiting;
        lock (_lock)
        {
            waiting = [.. _waiting];
        }
        if (waiting.Length == 0)
        {
            return true;
        }
        try
        {
            var stored = await StoredKeysAsync(cancellationToken);
            var etags = new string[waiting.Length];
            await using (var scope = database.BeginScope())
            {
                for (var i = 0; i < waiting.Length; i++)
                {
                    var json = JsonSerializer.Serialize(waiting[i].Value, DeliveriesJsonContext.Default.TurnDeliveryRecord);
                    etags[i] = await store.WriteAsync(waiting[i].Key, json, SqlStateStore.AnyETag, cancellationToken);
                }
                await scope.CommitAsync(cancellationToken);
            }
            lock (_lock)
            {
                for (var i = 0; i < waiting.Length; i++)
                {
                    var (key, record) = waiting[i];
                    stored[key] = etags[i];
                    if (_waiting.TryGetValue(key, out var now) && ReferenceEquals(now, record))
                    {
                        _waiting.Remove(key);
                    }
                }
            }
            return true;
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            // Kept waiting (a run again here still reads it), tried again after RetryDelay or with the next record.
            Log.RecordFailed(logger, e, waiting[0].Key, waiting[0].Value.Messages.Max(m => m.Ordinal));
            return false;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not an outage (a bug, a constraint): kept waiting too, and never thrown, as it would end this service and the host.
            Log.WriteFailed(logger, e, waiting.Length);
            return false;
        }
    }

    /// <summary>
    /// The keys (with their ETags) of the records in the store when this process first looked (earlier processes wrote
    /// them), plus those written since, less those swept since.
    /// </summary>
    private async Task<Dictionary<string, string>> StoredKeysAsync(CancellationToken cancellationToken)
    {
        Task<Dictionary<string, string>> loading;
        lock (_lock)
        {
            if (_stored is { } stored)
            {
                return stored;
            }
            loading = _loadingStored ??= LoadStoredKeysAsync();
        }
        return await loading.WaitAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string>> LoadStoredKeysAsync()
    {
        try
        {
            var items = await store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None);
            var keys = items.ToDictionary(i => i.Key, i => i.ETag, StringComparer.Ordinal);
            lock (_lock)
            {
                _stored = keys;
            }
            return keys;
        }
        catch
        {
            lock (_lock)
            {
                _loadingStored = null; // storage down: the next read tries again
            }
            throw;
        }
    }
}
