namespace OneJanitorial.Bot.Conversation;

/// <summary>One turn at a time per conversation in this process; different conversations run in parallel.</summary>
public sealed class ConversationGate : IConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Waits for the conversation's turn; dispose the result to let the next turn in.</summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(conversationId, entry, held: false);
            throw;
        }
        return new Ticket(() => Release(conversationId, entry, held: true));
    }

    async Task<IAsyncDisposable> IConversationGate.EnterAsync(string conversationId, CancellationToken cancellationToken) =>
        (Ticket)await EnterAsync(conversationId, cancellationToken);

    /// <summary>
    /// Enters the conversation only if no turn holds it or waits for it (a waiter keeps its place); null, and nothing
    /// held, otherwise. Dispose the result to let the next turn in.
    /// </summary>
    public IDisposable? TryEnter(string conversationId)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(conversationId))
            {
                return null;
            }
            var entry = new Entry { Users = 1 };
            entry.Semaphore.Wait(0);
            _entries[conversationId] = entry;
            return new Ticket(() => Release(conversationId, entry, held: true));
        }
    }

    Task<IAsyncDisposable?> IConversationGate.TryEnterAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>((Ticket?)TryEnter(conversationId));

    /// <summary>Conversations with a turn running or waiting (entries are dropped when idle).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    private void Release(string conversationId, Entry entry, bool held)
    {
        lock (_lock)
        {
            if (held)
            {
                entry.Semaphore.Release();
            }
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Ticket(Action release) : IDisposable, IAsyncDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
