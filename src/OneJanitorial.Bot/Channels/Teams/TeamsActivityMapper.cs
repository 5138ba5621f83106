using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Turns a Teams activity into the channel-neutral <see cref="IncomingTurn"/> (or null when the bot should ignore it).</summary>
public static partial class TeamsActivityMapper
{
    public static IncomingTurn? ToTurn(Activity activity, DateTimeOffset now)
    {
        var kind = KindOf(activity);
        if (kind is null || activity.Conversation?.Id is null || activity.From?.Id is null)
        {
            return null;
        }

        var conversationType = activity.Conversation.ConversationType ?? "personal";
        string? text = null;
        if (kind == TurnKind.Message && activity.Text is not null)
        {
            var mentioned = IsBotMentioned(activity);
            if (conversationType != "personal" && !mentioned)
            {
                return null; // group chats and channels: act only when @mentioned
            }
            text = StripMentions(activity.Text).Trim();
        }

        return new IncomingTurn(
            kind.Value,
            "msteams",
            activity.Conversation.Id,
            new TurnUser(activity.From.Id, activity.From.Name),
            text,
            DataOf(activity),
            activity.Timestamp ?? now)
        {
            ConversationType = conversationType,
            UserTimeZone = TimeZoneOf(activity),
        };
    }

    private static TurnKind? KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message when activity.Value is { ValueKind: JsonValueKind.Object } => TurnKind.ViewAction,
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.Invoke when activity.Name == "adaptiveCard/action" => TurnKind.ViewAction,
        ActivityTypes.InstallationUpdate when activity.Action is null or "add" => TurnKind.Installed,
        ActivityTypes.ConversationUpdate when BotWasAdded(activity) => TurnKind.Installed,
        _ => null,
    };

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private static bool IsBotMentioned(Activity activity) =>
        activity.Entities?.Any(e => e.Type == "mention" && e.Mentioned?.Id is not null && e.Mentioned.Id == activity.Recipient?.Id) == true;

    /// <summary>Removes every &lt;at&gt;…&lt;/at&gt; mention so the text is what the user asked.</summary>
    public static string StripMentions(string text) => MentionTag().Replace(text, string.Empty);

    /// <summary>Submit: value is the data merged with inputs. Execute: value.action.data (inputs merged in by Teams).</summary>
    private static JsonObject? DataOf(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }
        var node = JsonNode.Parse(value.GetRawText())!.AsObject();
        if (activity.Type == ActivityTypes.Invoke && node["action"] is JsonObject action)
        {
            var data = action["data"] as JsonObject ?? [];
            if (action["verb"] is JsonValue verb && data[Cards.CardData.VerbKey] is null)
            {
                data[Cards.CardData.VerbKey] = verb.GetValue<string>();
            }
            return (JsonObject)data.DeepClone();
        }
        return node;
    }

    private static TimeZoneInfo? TimeZoneOf(Activity activity)
    {
        var zone = activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Timezone;
        return TimeZones.Find(zone);
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();
}
