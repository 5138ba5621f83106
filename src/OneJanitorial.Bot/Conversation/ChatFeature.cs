namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// One thing the bot can do in chat (answer SOP questions, ticket intake, recaps...). Features are
/// registered in DI; <see cref="ConversationBot"/> offers a turn to them in <see cref="Order"/> and the
/// first that accepts it handles it.
/// </summary>
public abstract class ChatFeature
{
    /// <summary>Lower runs first. Catch-all features (free-text SOP questions) use a high number.</summary>
    public virtual int Order => 100;

    /// <summary>The feature as traces name it (tag onej.feature): the class name without "ChatFeature"/"Feature".</summary>
    public virtual string Name => GetType().Name.Replace("ChatFeature", "").Replace("Feature", "");

    public abstract bool CanHandle(IncomingTurn turn);

    public abstract Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken);
}
