using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Plays the Slack client for one modal the bot opened: keeps the view it shows (from views.open / views.update and
/// <c>response_action: update</c>), with Slack's view id and hash, and sends <c>view_submission</c>,
/// <c>view_closed</c> and <c>block_actions</c> payloads built from the modal's own input blocks, as Slack does.
/// </summary>
/// <param name="post">Posts a signed interaction payload to the bot's <c>/api/slack/interactions</c>.</param>
internal sealed class SlackModalClient(Func<JsonObject, Task<HttpResponseMessage>> post, string user)
{
    public JsonObject View { get; private set; } = [];

    public string ViewId { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>Every view the modal showed, in order.</summary>
    public List<JsonObject> Seen { get; } = [];

    /// <summary>The last immediate answer to a submit (<c>response_action</c> …), or null when it was empty.</summary>
    public JsonObject? LastAnswer { get; private set; }

    /// <summary>The modal's title and blocks as one string, for assertions.</summary>
    public string Text => View.ToJsonString();

    /// <summary>Shows what a views.open / views.update call put up (its request view, the fake's view id and hash).</summary>
    public SlackModalClient Show(TestDoubles.RecordedSlackCall call)
    {
        View = call.Body["view"]!.AsObject().DeepClone().AsObject();
        Seen.Add(View);
        ViewId = call.Response!["view"]!["id"]!.GetValue<string>();
        Hash = call.Response!["view"]!["hash"]!.GetValue<string>();
        return this;
    }

    /// <summary>Submits with <paramref name="values"/> (field id → value) over the inputs' current values; applies an update.</summary>
    public async Task<JsonObject?> SubmitAsync(object? values = null, JsonObject? samePayload = null)
    {
        var payload = samePayload ?? Payload("view_submission", values);
        using var response = await post(payload);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        LastAnswer = body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
        if (LastAnswer?["response_action"]?.GetValue<string>() == "update")
        {
            View = LastAnswer["view"]!.AsObject().DeepClone().AsObject();
            Seen.Add(View);
            Hash = Guid.NewGuid().ToString("N");
        }
        return LastAnswer;
    }

    public Task<HttpResponseMessage> CloseAsync() => post(Payload("view_closed", null));

    /// <summary>Presses the modal's button titled <paramref name="title"/> (a block_actions from a view).</summary>
    public async Task PressAsync(string title)
    {
        var button = View["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).First(e => e!["text"]!["text"]!.GetValue<string>() == title)!;
        var payload = Payload("block_actions", null);
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = ViewId };
        payload["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = button["action_id"]!.GetValue<string>(), ["block_id"] = "actions", ["value"] = button["value"]!.GetValue<string>(),
        });
        using var response = await post(payload);
        response.EnsureSuccessStatusCode();
    }

    public JsonObject Payload(string type, object? values) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = "T123ABC456", ["domain"] = "onejanitorial" },
        ["user"] = new JsonObject { ["id"] = user, ["team_id"] = "T123ABC456" },
        ["api_app_id"] = "A123ABC456",
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = ViewId,
            ["type"] = "modal",
            ["callback_id"] = View["callback_id"]?.DeepClone(),
            ["private_metadata"] = View["private_metadata"]?.DeepClone(),
            ["hash"] = Hash,
            ["blocks"] = View["blocks"]?.DeepClone(),
            ["state"] = new JsonObject { ["values"] = State(values) },
        },
    };

    /// <summary><c>view.state.values</c>: every input block's element with the given value, else its initial one.</summary>
    private JsonObject State(object? values)
    {
        var given = values is null ? [] : JsonSerializer.SerializeToNode(values)!.AsObject();
        var state = new JsonObject();
        foreach (var block in View["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input"))
        {
            var element = block["element"]!.AsObject();
            var id = element["action_id"]!.GetValue<string>();
            var value = given[id] is { } v ? AsText(v) : Initial(element);
            state[block["block_id"]!.GetValue<string>()] = new JsonObject { [id] = Input(element, value) };
        }
        return state;
    }

    private static JsonObject Input(JsonObject element, string? value)
    {
        var type = element["type"]!.GetValue<string>();
        var input = new JsonObject { ["type"] = type };
        switch (type)
        {
            case "datepicker":
                input["selected_date"] = value;
                break;
            case "timepicker":
                input["selected_time"] = value;
                break;
            case "static_select":
                input["selected_option"] = element["options"]!.AsArray().FirstOrDefault(o => o!["value"]!.GetValue<string>() == value)?.DeepClone();
                break;
            case "checkboxes":
                input["selected_options"] = value == "true" ? new JsonArray(element["options"]![0]!.DeepClone()) : new JsonArray();
                break;
            default:
                input["value"] = value;
                break;
        }
        return input;
    }

    private static string? Initial(JsonObject element) =>
        element["initial_value"]?.GetValue<string>() ?? element["initial_date"]?.GetValue<string>() ?? element["initial_time"]?.GetValue<string>()
        ?? element["initial_option"]?["value"]?.GetValue<string>() ?? (element["initial_options"] is JsonArray { Count: > 0 } ? "true" : null);

    private static string AsText(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
