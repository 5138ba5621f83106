using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>Walks a channel's wire JSON (an Adaptive Card, Block Kit blocks).</summary>
internal static class JsonTree
{
    /// <summary>Every object below <paramref name="node"/>, in document order.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            if (child is JsonObject o)
            {
                yield return o;
            }
            foreach (var inner in Objects(child))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The object's "type", or null.</summary>
    public static string? Type(JsonObject node) => node["type"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : null;
}
