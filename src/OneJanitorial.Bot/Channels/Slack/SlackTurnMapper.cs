using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Turns Slack deliveries into the channel-neutral <see cref="IncomingTurn"/> (null: the bot ignores it).</summary>
public static class SlackTurnMapper
{
    public const string ChannelName = "slack";
    public const string AskSopShortcut = "ask_sop";

    /// <summary><c>app_mention</c> (answered in its thread) and direct messages; never the bot's own messages or edits.</summary>
    public static SlackTurn? FromEvent(JsonObject body, DateTimeOffset now)
    {
        if (body["event"] is not JsonObject e || Str(e, "user") is not { } user || Str(e, "channel") is not { } channel
            || e["bot_id"] is not null || Str(e, "subtype") is not null || user == BotUserId(body))
        {
            return null;
        }
        var text = SlackText.ToPlain(Str(e, "text") ?? "");
        return Str(e, "type") switch
        {
            "app_mention" => Turn(TurnKind.Message, channel, user, text, null, now, ConversationTypeOf(channel)) with
            {
                Reply = new SlackReplyTarget(channel, user) { ThreadTs = Str(e, "thread_ts") ?? Str(e, "ts") },
            },
            "message" when Str(e, "channel_type") == "im" => Turn(TurnKind.Message, channel, user, text, null, now, "personal"),
            _ => null,
        };
    }

    public static SlackTurn? FromCommand(JsonObject fields, DateTimeOffset now)
    {
        if (Str(fields, "user_id") is not { } user || Str(fields, "channel_id") is not { } channel
            || SlackCommandText.ToText(Str(fields, "command") ?? "", Str(fields, "text")) is not { } text)
        {
            return null;
        }
        return Turn(TurnKind.Message, channel, user, text, null, now, ConversationTypeOf(channel)) with
        {
            Reply = new SlackReplyTarget(channel, user) { ResponseUrl = Str(fields, "response_url"), Ephemeral = true, TriggerId = Str(fields, "trigger_id") },
        };
    }

    /// <summary>
    /// <c>block_actions</c> on a message or in the bot's modal become card actions (the "Open form" button asks the
    /// dialog to show its step again); the "Ask the SOP" message shortcut a question.
    /// </summary>
    public static SlackTurn? FromInteraction(JsonObject payload, DateTimeOffset now)
    {
        if (Str(payload, "user", "id") is not { } user)
        {
            return null;
        }
        var modal = ModalOf(payload);
        var channel = ChannelOf(payload);
        var reply = new SlackReplyTarget(channel ?? "", user) { ResponseUrl = Str(payload, "response_url"), TriggerId = Str(payload, "trigger_id") };
        switch (Str(payload, "type"))
        {
            case "block_actions" when channel is not null && ActionData(payload) is { } data:
                var ephemeral = IsTrue(payload, "container", "is_ephemeral");
                reply = reply with
                {
                    MessageTs = ephemeral || modal is not null ? null : Str(payload, "container", "message_ts"),
                    ThreadTs = Str(payload, "message", "thread_ts"),
                    // What a button in the modal makes the bot say is for the user alone, like the modal itself.
                    Ephemeral = ephemeral || modal is not null,
                    ModalViewId = modal is null ? null : Str(payload, "view", "id"),
                    ModalHash = modal is null ? null : Str(payload, "view", "hash"),
                };
                return Str(data, IncomingTurn.VerbKey) == SlackModals.OpenVerb.Name
                    ? Turn(TurnKind.Message, channel, user, "resume", null, now, ConversationTypeOf(channel)) with { Reply = reply }
                    : Turn(TurnKind.ViewAction, channel, user, null, data, now, ConversationTypeOf(channel)) with { Reply = reply };
            case "message_action" when channel is not null && Str(payload, "callback_id") == AskSopShortcut:
                var text = SlackText.ToPlain(Str(payload, "message", "text") ?? "");
                return text.Length == 0 ? null : Turn(TurnKind.Message, channel, user, text, null, now, ConversationTypeOf(channel)) with
                {
                    Reply = reply with { Ephemeral = true },
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// A submit of the bot's modal: the submit button's data from <paramref name="metadata"/> merged with the inputs,
    /// in the conversation the modal belongs to; its replies go there.
    /// </summary>
    public static SlackTurn? FromViewSubmission(JsonObject payload, SlackModalMetadata metadata, DateTimeOffset now)
    {
        if (Str(payload, "user", "id") is not { } user || metadata.Submit?.DeepClone() is not JsonObject data)
        {
            return null;
        }
        MergeInputs(data, payload["view"]?["state"]?["values"]);
        return Turn(TurnKind.ViewAction, metadata.Channel, user, null, data, now, ConversationTypeOf(metadata.Channel));
    }

    /// <summary>
    /// The conversation an interaction belongs to: the message's channel, or the channel of the bot's modal it came from;
    /// null for a button on the Home tab (its turn is in the user's DM).
    /// </summary>
    public static string? ChannelOf(JsonObject payload) =>
        Str(payload, "channel", "id") ?? Str(payload, "container", "channel_id") ?? ModalOf(payload)?.Channel;

    /// <summary>The bot's own modal the payload came from, or null.</summary>
    public static SlackModalMetadata? ModalOf(JsonObject payload) =>
        Str(payload, "view", "type") == "modal" ? SlackModalMetadata.Parse(Str(payload, "view", "private_metadata")) : null;

    /// <summary>The pressed button's value (verb + payload JSON) merged with the message's input values.</summary>
    private static JsonObject? ActionData(JsonObject payload)
    {
        if (payload["actions"] is not JsonArray { Count: > 0 } actions || Str(actions[0], "value") is not { } value)
        {
            return null;
        }
        JsonObject? data;
        try
        {
            data = JsonNode.Parse(value) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
        if (data is not null)
        {
            MergeInputs(data, payload["state"]?["values"] ?? payload["view"]?["state"]?["values"]);
        }
        return data;
    }

    /// <summary>Adds each input's value of a <c>state.values</c> object under its action_id (never over the button's own data).</summary>
    private static void MergeInputs(JsonObject data, JsonNode? values)
    {
        if (values is not JsonObject blocks)
        {
            return;
        }
        foreach (var (actionId, input) in blocks.Select(b => b.Value).OfType<JsonObject>().SelectMany(b => b))
        {
            if (input is JsonObject element && SlackInputValue.Of(element) is { } inputValue && data[actionId] is null)
            {
                data[actionId] = inputValue;
            }
        }
    }

    private static SlackTurn Turn(TurnKind kind, string channel, string user, string? text, JsonObject? data, DateTimeOffset now, string conversationType) =>
        new(new IncomingTurn(kind, ChannelName, channel, new TurnUser(user, null), text, data, now) { ConversationType = conversationType },
            new SlackReplyTarget(channel, user));

    /// <summary>D… is a direct message with the bot; everything else (channels, group DMs) is shared.</summary>
    private static string ConversationTypeOf(string channel) => channel.StartsWith('D') ? "personal" : "channel";

    private static string? BotUserId(JsonObject body) =>
        body["authorizations"] is JsonArray { Count: > 0 } auth ? Str(auth[0], "user_id") : null;

    /// <summary>A stored payload (<see cref="SlackWork.Payload"/>) as a JSON object; null when it is not one.</summary>
    internal static JsonObject? ParseObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string? Str(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject o ? o[name] : null;
        }
        return node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
    }

    /// <summary>Whether the value at <paramref name="path"/> is JSON <c>true</c> (absent or not a boolean: false).</summary>
    internal static bool IsTrue(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject o ? o[name] : null;
        }
        return node is JsonValue v && v.TryGetValue<bool>(out var b) && b;
    }
}
