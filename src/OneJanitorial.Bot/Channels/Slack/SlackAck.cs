using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// What Slack gets back at once for a delivery: nothing (HTTP 200, empty body), a JSON body (an ephemeral
/// message, <c>response_action</c>), or the url_verification challenge as plain text. Socket Mode sends the same
/// body as the envelope's payload. <see cref="Refused"/> is no acknowledgement at all (HTTP 503, in Socket Mode no
/// ack), so Slack delivers it again later.
/// </summary>
public sealed record SlackAck(JsonObject? Body = null, string? Challenge = null, bool Refused = false)
{
    public static readonly SlackAck Empty = new();

    /// <summary>Not taken in (storage is down): Slack redelivers an event later.</summary>
    public static readonly SlackAck Refusal = new(Refused: true);

    public static SlackAck Ephemeral(string text) => new(new JsonObject { ["response_type"] = "ephemeral", ["text"] = text });

    public IResult ToResult() => (Body, Challenge) switch
    {
        _ when Refused => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
        (_, { } challenge) => Results.Text(challenge, "text/plain"),
        ({ } body, _) => Results.Content(body.ToJsonString(), "application/json"),
        _ => Results.Ok(),
    };
}
