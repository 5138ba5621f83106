using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Who acts in ticket chat.</summary>
public static class TicketChat
{
    /// <summary>
    /// The CSR recorded on tickets and events: the chat display name, the id only when the channel gives no name.
    /// Names, because ticket owners are names (the Team Structure sheet) and people read the history.
    /// </summary>
    public static string Actor(IncomingTurn turn) => string.IsNullOrWhiteSpace(turn.User.Name) ? turn.User.Id : turn.User.Name.Trim();
}
