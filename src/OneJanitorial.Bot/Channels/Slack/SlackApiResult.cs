using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>A Web API answer: <c>ok</c>, the <c>error</c> code when not, and the whole body for the fields a method returns.</summary>
public sealed record SlackApiResult(bool Ok, string? Error, JsonObject Body)
{
    public string? StringAt(params string[] path)
    {
        JsonNode? node = Body;
        foreach (var name in path)
        {
            node = node is JsonObject o ? o[name] : null;
        }
        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }

    public static SlackApiResult Failed(string error) => new(false, error, new JsonObject { ["ok"] = false, ["error"] = error });
}
