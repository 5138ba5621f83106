using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(InstallationRecord))]
[JsonSerializable(typeof(OutboxMessage))]
[JsonSerializable(typeof(string))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;

/// <summary>The connector's answer to a send: the new activity id.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of a synchronous invoke response (Action.Execute): a card to show, a message banner, or an error.</summary>
public sealed record InvokeResponseBody(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}

/// <summary>The <c>value</c> of an invoke error response.</summary>
public sealed record InvokeError(string Code, string Message);

/// <summary><c>POST /v3/conversations</c>: in Teams, a new thread in <c>channelData.channel</c>.</summary>
public sealed record ConversationParameters(bool IsGroup, TeamsChannelData ChannelData, Activity Activity, string? TenantId, ChannelAccount? Bot);

public sealed record TeamsChannelData(TeamsChannelInfo? Channel, TeamsTenantInfo? Tenant);

public sealed record TeamsChannelInfo(string Id);

public sealed record TeamsTenantInfo(string Id);

/// <summary>The created conversation (a channel thread id ends in <c>;messageid=</c> and the first post's id).</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
