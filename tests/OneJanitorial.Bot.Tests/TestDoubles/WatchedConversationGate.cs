using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// The process's in-memory conversation gate (<see cref="Inner"/>, which a test enters to stand in for a turn on another
/// instance), counting the entries waiting to get in through it.
/// </summary>
public sealed class WatchedConversationGate : IConversationGate
{
    private int _waiting;

    public ConversationGate Inner { get; } = new();

    public int Waiting => Volatile.Read(ref _waiting);

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
}
