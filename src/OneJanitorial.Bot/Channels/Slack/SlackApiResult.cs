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

    /// <summary>Slack is unavailable for now (an HTTP 5xx or 429, rate limited, its own outage), not refusing this call for good.</summary>
    public bool PeerUnavailable =>
        !Ok && Error is { } error && (error is "http_429" or "ratelimited" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout"
            || (error.StartsWith("http_5", StringComparison.Ordinal) && error.Length == 8));

    public static SlackApiResult Failed(string error) => new(false, error, new JsonObject { ["ok"] = false, ["error"] = error });
}
