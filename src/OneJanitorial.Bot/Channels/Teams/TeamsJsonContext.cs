using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;

/// <summary>The connector's answer to a send: the new activity id.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of a synchronous invoke response (Action.Execute): a card to show, or a message banner.</summary>
public sealed record InvokeResponseBody(int StatusCode, string Type, System.Text.Json.JsonElement Value);
