using System.Text.Json.Nodes;
using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Conversation;

public enum TurnKind
{
    /// <summary>The user typed text.</summary>
    Message,

    /// <summary>The user pressed a card button (Submit or Execute); <see cref="IncomingTurn.Data"/> holds action data merged with inputs.</summary>
    CardAction,

    /// <summary>The bot was installed or added to a conversation.</summary>
    Installed,
}

public sealed record TurnUser(string Id, string? Name);

/// <summary>One turn as every channel delivers it to the core: Teams, Slack and the console all map to this.</summary>
public sealed record IncomingTurn(
    TurnKind Kind,
    string Channel,
    string ConversationId,
    TurnUser User,
    string? Text,
    JsonObject? Data,
    DateTimeOffset ReceivedAt)
{
    /// <summary>personal | groupChat | channel (Teams names; the console is personal).</summary>
    public string ConversationType { get; init; } = "personal";

    /// <summary>The user's time zone when the client tells it (Teams clientInfo), else null.</summary>
    public TimeZoneInfo? UserTimeZone { get; init; }

    public string? Verb => CardData.VerbOf(Data);

    /// <summary>State key of this user in this conversation: two CSRs in one channel never share a dialog.</summary>
    public string UserScopeKey => $"{Channel}/{ConversationId}/{User.Id}";
}
