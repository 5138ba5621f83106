using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Slack payloads from <c>TestData/Slack</c> (shapes as Slack documents them).</summary>
internal static class SlackFixtures
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Slack", name + ".json")))!.AsObject();

    /// <summary>An event_callback with the event's text and a fresh event_id unless one is given.</summary>
    public static JsonObject Event(string name, string? text = null, string? eventId = null)
    {
        var body = Load(name);
        body["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        if (text is not null)
        {
            body["event"]!["text"] = text;
        }
        return body;
    }

    /// <summary>A block_actions payload whose button carries <paramref name="value"/>, replies going to <paramref name="responseUrl"/>.</summary>
    public static JsonObject BlockActions(JsonObject value, string responseUrl)
    {
        var payload = Load("block_actions");
        payload["actions"]![0]!["value"] = value.ToJsonString();
        payload["trigger_id"] = Guid.NewGuid().ToString("N");
        payload["response_url"] = responseUrl;
        return payload;
    }

    /// <summary>
    /// A view_submission (nothing filled in) of a bot modal opened from channel C123ABC456 by user U123ABC456, whose submit
    /// button sends <paramref name="verb"/>, as Slack posts it.
    /// </summary>
    public static JsonObject ViewSubmission(string viewId, Verb verb) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T123ABC456" },
        ["user"] = new JsonObject { ["id"] = "U123ABC456", ["team_id"] = "T123ABC456" },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = viewId,
            ["type"] = "modal",
            ["hash"] = "1700000000.abcdef",
            ["private_metadata"] = new SlackModalMetadata("C123ABC456", new JsonObject { [IncomingTurn.VerbKey] = verb.Name }, "").ToJson(),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
        },
    };
}
