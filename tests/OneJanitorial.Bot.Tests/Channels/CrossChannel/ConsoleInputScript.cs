namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// The terminal's keyboard for a running <c>ConsoleChat</c>: <see cref="TypeAsync"/> queues lines and returns once the
/// chat has read them all and waits for the next one (its turn is done).
/// </summary>
internal sealed class ConsoleInputScript : TextReader
{
    private readonly Queue<string?> _lines = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<string?>? _reader;

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_lines.TryDequeue(out var line))
            {
                return ValueTask.FromResult(line);
            }
            _reader = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.TrySetResult();
            return new ValueTask<string?>(_reader.Task);
        }
    }

    /// <summary>Types the lines and waits, bounded, until the chat asks for more.</summary>
    public Task TypeAsync(params string?[] lines) => Type(lines).WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>Types the lines; the task completes when the chat asks for more (never, after "quit").</summary>
    public Task Type(params string?[] lines)
    {
        Task waiting;
        lock (_lock)
        {
            _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting = _waiting.Task;
            foreach (var line in lines)
            {
                _lines.Enqueue(line);
            }
            if (_reader is { } reader)
            {
                _reader = null;
                reader.SetResult(_lines.Dequeue());
            }
        }
        return waiting;
    }

    /// <summary>Waits, bounded, until the chat first asks for a line.</summary>
    public Task WaitForPromptAsync()
    {
        lock (_lock)
        {
            return _waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }
}
