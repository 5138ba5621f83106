using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Wraps real <see cref="IStateStore"/>s (one per bot process in a test; wrap each with the same instance) and opens
/// the windows a crash or a race needs at the dialog save (write or delete of a "dialogs/" key): after everything
/// before it in the turn has run.
/// </summary>
public sealed class FaultyStateStore
{
    private static readonly TimeSpan MaxGatherWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBlockedWait = TimeSpan.FromSeconds(60);
    private Func<CancellationToken, Task<int>>? _blockedTurns;
    private int _armed;
    private string? _failPrefix;
    private string? _failHolding;
    private bool _failAsOutage;
    private (string Prefix, string Holding, Func<Task> Action)? _before;
    private (string Prefix, Func<Task> Action)? _afterList;
    private int _drop;
    private int _gathering;
    private TaskCompletionSource _gathered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Makes the next dialog save throw <see cref="IOException"/>, as if the process was killed there.</summary>
    public void FailNextDialogSave() => Interlocked.Exchange(ref _armed, 1);

    /// <summary>
    /// Makes the next dialog save (write or delete) report success without storing anything: the turn commits everything else, and the
    /// next turn still finds the dialog where it was — as a turn that read it just before that save does.
    /// </summary>
    public void DropNextDialogSave() => Interlocked.Exchange(ref _drop, 1);

    /// <summary>
    /// Makes the next write of a key starting with <paramref name="keyPrefix"/> (and, given <paramref name="holding"/>,
    /// whose JSON holds that text) throw <see cref="IOException"/>, as if the process was killed there; with
    /// <paramref name="outage"/>, <see cref="StorageUnavailableException"/>, as if the database was down for that write.
    /// </summary>
    public void FailNextWrite(string keyPrefix, string? holding = null, bool outage = false)
    {
        _failHolding = holding;
        _failAsOutage = outage;
        Volatile.Write(ref _failPrefix, keyPrefix);
    }

    /// <summary>
    /// Runs <paramref name="action"/> just before the next write of a key starting with <paramref name="keyPrefix"/>
    /// whose JSON holds <paramref name="holding"/>, then lets that write go on: what another instance did in between.
    /// </summary>
    public void BeforeNextWrite(string keyPrefix, string holding, Func<Task> action) => _before = (keyPrefix, holding, action);

    /// <summary>
    /// Holds the next <paramref name="turns"/> dialog saves until all of them have arrived, so concurrent turns all
    /// finish their step before any saves. A turn blocked in the database meanwhile (as it should be when another turn
    /// holds the row it needs) cannot arrive: the others go on after <see cref="MaxGatherWait"/>, or, with
    /// <paramref name="blockedTurns"/> (how many sessions wait on a lock now), as soon as every missing turn is seen
    /// blocked, however slow the machine (bounded by <see cref="MaxBlockedWait"/>).
    /// </summary>
    public void GatherDialogSaves(int turns, Func<CancellationToken, Task<int>>? blockedTurns = null)
    {
        _gathered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _blockedTurns = blockedTurns;
        Interlocked.Exchange(ref _gathering, turns);
    }

    /// <summary>
    /// Runs <paramref name="action"/> just after the next list of exactly <paramref name="keyPrefix"/> was read, before its
    /// caller sees it: what another instance did while the caller's list grew old.
    /// </summary>
    public void AfterNextList(string keyPrefix, Func<Task> action) => _afterList = (keyPrefix, action);

    public IStateStore Wrap(IStateStore inner) => new Store(inner, this);

    /// <summary>Wraps the state store instance registered in <paramref name="services"/> (a test host's in-memory one).</summary>
    public void WrapIn(IServiceCollection services) =>
        services.AddSingleton(Wrap((IStateStore)services.Last(d => d.ServiceType == typeof(IStateStore)).ImplementationInstance!));

    private async Task BeforeSaveAsync(string key, string? json, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _failPrefix) is { } prefix && key.StartsWith(prefix, StringComparison.Ordinal)
            && (_failHolding is null || json?.Contains(_failHolding, StringComparison.Ordinal) == true)
            && Interlocked.CompareExchange(ref _failPrefix, null, prefix) == prefix)
        {
            throw _failAsOutage
                ? new StorageUnavailableException($"Injected outage: the database was down for a write of {prefix}….")
                : new IOException($"Injected crash before {prefix}… was written.");
        }
        if (_before is { } before && key.StartsWith(before.Prefix, StringComparison.Ordinal) && json?.Contains(before.Holding, StringComparison.Ordinal) == true)
        {
            _before = null;
            await before.Action();
        }
        if (!key.StartsWith("dialogs/", StringComparison.Ordinal))
        {
            return;
        }
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new IOException("Injected crash before the dialog state was saved.");
        }
        if (Volatile.Read(ref _gathering) > 0)
        {
            if (Interlocked.Decrement(ref _gathering) == 0)
            {
                _gathered.TrySetResult();
            }
            await (_blockedTurns is { } blocked
                ? WaitArrivedOrBlockedAsync(blocked, cancellationToken)
                : Task.WhenAny(_gathered.Task, Task.Delay(MaxGatherWait, cancellationToken)));
        }
    }

    private async Task WaitArrivedOrBlockedAsync(Func<CancellationToken, Task<int>> blockedTurns, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(MaxBlockedWait);
        while (!_gathered.Task.IsCompleted && await blockedTurns(deadline.Token) < Volatile.Read(ref _gathering))
        {
            await Task.WhenAny(_gathered.Task, Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token));
            if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Within {MaxBlockedWait.TotalSeconds} s the other turns neither reached their dialog save nor blocked in the database.");
            }
        }
    }

    private sealed class Store(IStateStore inner, FaultyStateStore faults) : IStateStore
    {
        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            if (key.StartsWith("dialogs/", StringComparison.Ordinal) && Interlocked.Exchange(ref faults._drop, 0) == 1)
            {
                return "dropped";
            }
            await faults.BeforeSaveAsync(key, json, cancellationToken);
            return await inner.WriteAsync(key, json, expectedETag, cancellationToken);
        }

        public Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken) => inner.TryCreateAsync(key, json, cancellationToken);

        public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
        {
            if (key.StartsWith("dialogs/", StringComparison.Ordinal) && Interlocked.Exchange(ref faults._drop, 0) == 1)
            {
                return;
            }
            await faults.BeforeSaveAsync(key, null, cancellationToken);
            await inner.DeleteAsync(key, expectedETag, cancellationToken);
        }

        public async Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken)
        {
            var items = await inner.ListAsync(keyPrefix, cancellationToken);
            if (faults._afterList is { } after && after.Prefix == keyPrefix)
            {
                faults._afterList = null;
                await after.Action();
            }
            return items;
        }
    }
}
