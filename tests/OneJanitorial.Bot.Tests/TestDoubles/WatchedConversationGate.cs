using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// The process's in-memory conversation gate (<see cref="Inner"/>, which a test enters to stand in for a turn on another
/// instance), counting the entries waiting to get in through it and the attempts that found their conversation busy.
/// </summary>
public sealed class WatchedConversationGate : IConversationGate
{
    private int _waiting;
    private int _busy;

    public ConversationGate Inner { get; } = new();

    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>How many <see cref="TryEnterAsync"/> calls found their conversation busy (and held nothing).</summary>
    public int Busy => Volatile.Read(ref _busy);

    /// <summary>The token the latest entry waits with: cancelled at once when what it waits on is cut off.</summary>
    public CancellationToken LatestWait { get; private set; }

    public async Task<IAsyncDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        LatestWait = cancellationToken;
        Interlocked.Increment(ref _waiting);
        try
        {
            return await ((IConversationGate)Inner).EnterAsync(conversationId, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public async Task<IAsyncDisposable?> TryEnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entered = await ((IConversationGate)Inner).TryEnterAsync(conversationId, cancellationToken);
        if (entered is null)
        {
            Interlocked.Increment(ref _busy);
        }
        return entered;
    }
}
