using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// One thing the bot can do in chat (answer SOP questions, ticket intake, recaps...), registered in DI. A button press
/// goes to the one feature that lists its verb in <see cref="Verbs"/>; typed text to the one feature whose
/// <see cref="ClaimsText"/> accepts it, else to the feature that <see cref="AnswersUnclaimedText"/>.
/// </summary>
public abstract class ChatFeature
{
    /// <summary>The feature as traces name it (tag onej.feature): the class name without "ChatFeature"/"Feature".</summary>
    public virtual string Name => GetType().Name.Replace("ChatFeature", "").Replace("Feature", "");

    /// <summary>The verbs of the buttons this feature answers, from its own verbs class. The bot does not start when two features list one verb.</summary>
    public virtual IReadOnlyCollection<Verb> Verbs => [];

    /// <summary>Whether this typed message (non-blank text) is one of the feature's commands. Features' commands never overlap: text two features claim fails the turn.</summary>
    public virtual bool ClaimsText(IncomingTurn turn) => false;

    /// <summary>
    /// Whether this feature holds on to text no feature claims, before the catch-all gets it (a dialog the user has
    /// open: the text may be meant for it). At most one feature holds a turn's text.
    /// </summary>
    public virtual ValueTask<bool> HoldsUnclaimedTextAsync(IncomingTurn turn, CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <summary>The catch-all for text no feature claims (free text is an SOP question). At most one feature is.</summary>
    public virtual bool AnswersUnclaimedText => false;

    public abstract Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken);
}
