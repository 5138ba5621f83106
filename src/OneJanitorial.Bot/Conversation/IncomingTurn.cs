using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

public enum TurnKind
{
    /// <summary>The user typed text.</summary>
    Message,

    /// <summary>The user pressed a button; <see cref="IncomingTurn.Data"/> holds its verb and payload merged with the form's values.</summary>
    ViewAction,

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

    /// <summary>The key of the pressed button's verb in <see cref="Data"/>.</summary>
    public const string VerbKey = "verb";

    public string? Verb => Data?[VerbKey] is JsonValue v && v.TryGetValue<string>(out var verb) ? verb : null;

    /// <summary>Whether the pressed button's verb is <paramref name="verb"/>.</summary>
    public bool Is(Verb verb) => Verb == verb.Name;

    /// <summary>A value of the pressed card's data (action data and inputs) when it is text; null otherwise.</summary>
    public string? DataText(string name) => Data?[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>State key of this user in this conversation: two CSRs in one channel never share a dialog.</summary>
    public string UserScopeKey => $"{Channel}/{ConversationId}/{User.Id}";
}
