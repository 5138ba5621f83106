using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// What a modal carries in its <c>private_metadata</c>, so a submission needs nothing from memory (it resumes after a
/// restart): the conversation it belongs to, the submit button's data (verb, payload and the dialog step it was shown
/// for) and the <see cref="SlackModals.Shape"/> of the view it shows.
/// </summary>
public sealed record SlackModalMetadata(string Channel, JsonObject? Submit, string Shape)
{
    public string ToJson() => new JsonObject
    {
        ["channel"] = Channel,
        ["submit"] = Submit?.DeepClone(),
        ["shape"] = Shape,
    }.ToJsonString();

    /// <summary>The metadata of a modal the bot opened; null for anything else (another app's modal, a Home tab).</summary>
    public static SlackModalMetadata? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(json) is JsonObject o && SlackTurnMapper.Str(o, "channel") is { } channel
                ? new SlackModalMetadata(channel, o["submit"] as JsonObject, SlackTurnMapper.Str(o, "shape") ?? "")
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
