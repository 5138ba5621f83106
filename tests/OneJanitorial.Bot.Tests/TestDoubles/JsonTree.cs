using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Walks a channel's wire JSON (an Adaptive Card, Block Kit blocks).</summary>
internal static class JsonTree
{
    /// <summary><paramref name="node"/> (when an object) and every object below it, in document order.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    /// <summary>The object's "type", or null.</summary>
    public static string? Type(JsonObject node) => node["type"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : null;
}
