namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// One turn at a time per conversation. In process memory with SQLite (<see cref="ConversationGate"/>);
/// across every instance with PostgreSQL (<see cref="PostgresConversationGate"/>).
/// </summary>
public interface IConversationGate
{
    /// <summary>Waits for the conversation's turn; dispose the result to let the next turn in.</summary>
    Task<IAsyncDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Enters the conversation only if it is free now, without waiting; null, and nothing held, when a turn holds it
    /// (or waits for it) here or, with PostgreSQL, holds it on another instance. Dispose the result as
    /// <see cref="EnterAsync"/>'s.
    /// </summary>
    Task<IAsyncDisposable?> TryEnterAsync(string conversationId, CancellationToken cancellationToken);
}
