using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// What Slack gets back at once for a delivery: nothing (HTTP 200, empty body), a JSON body (an ephemeral
/// message, <c>response_action</c>), or the url_verification challenge as plain text. Socket Mode sends the same
/// body as the envelope's payload.
/// </summary>
public sealed record SlackAck(JsonObject? Body = null, string? Challenge = null)
{
    public static readonly SlackAck Empty = new();

    public static SlackAck Ephemeral(string text) => new(new JsonObject { ["response_type"] = "ephemeral", ["text"] = text });

    public IResult ToResult() => (Body, Challenge) switch
    {
        (_, { } challenge) => Results.Text(challenge, "text/plain"),
        ({ } body, _) => Results.Content(body.ToJsonString(), "application/json"),
        _ => Results.Ok(),
    };
}
