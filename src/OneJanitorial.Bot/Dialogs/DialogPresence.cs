namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// The dialog state keys this process has read as absent and not written since: text from a user without an open
/// dialog (nearly every SOP question) then needs no state read to learn that nothing holds it. Only sound while this
/// process is the only one writing dialog state (SQLite: one instance, as its redelivery filter and conversation gate).
/// A read marks its key closed only when no dialog turn started or ended while it ran, so a save it missed cannot be hidden.
/// </summary>
internal sealed class DialogPresence
{
    /// <summary>More closed keys than this and the set starts over (each one costs a state read to learn again).</summary>
    public const int MaxKeys = 100_000;

    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _changes;

    /// <summary>True when <paramref name="key"/> was read as absent and no dialog turn of it ran since.</summary>
    public bool IsKnownClosed(string key)
    {
        lock (_lock)
        {
            return _closed.Contains(key);
        }
    }

    /// <summary>Taken before a state read; pass it to <see cref="ReadAbsent"/> when the read found nothing.</summary>
    public long Version
    {
        get
        {
            lock (_lock)
            {
                return _changes;
            }
        }
    }

    /// <summary>The read begun at <paramref name="version"/> found no state: remembered unless a dialog turn started or ended since.</summary>
    public void ReadAbsent(string key, long version)
    {
        lock (_lock)
        {
            if (_changes != version)
            {
                return;
            }
            if (_closed.Count >= MaxKeys)
            {
                _closed.Clear();
            }
            _closed.Add(key);
        }
    }

    /// <summary>A dialog turn of <paramref name="key"/> starts or ends (it may save or delete the state): forget what was known.</summary>
    public void Changing(string key)
    {
        lock (_lock)
        {
            _changes++;
            _closed.Remove(key);
        }
    }
}
