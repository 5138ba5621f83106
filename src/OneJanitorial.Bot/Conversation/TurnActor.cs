namespace OneJanitorial.Bot.Conversation;

/// <summary>Who acts in a turn, as features record it (ticket actors and owners, the rep who logged a survey call).</summary>
public static class TurnActor
{
    /// <summary>
    /// The person recorded: the chat display name, the id only when the channel gives no name. Names, because ticket
    /// owners are names (the Team Structure sheet) and people read the history.
    /// </summary>
    public static string Name(IncomingTurn turn) => string.IsNullOrWhiteSpace(turn.User.Name) ? turn.User.Id : turn.User.Name.Trim();
}
