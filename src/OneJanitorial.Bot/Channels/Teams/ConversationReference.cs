using System.Text.Json;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Everything needed to post into a conversation later (proactive messages, new channel threads).
/// Channel references point at the channel itself, not at the thread the bot last heard from.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string ConversationType,
    string? TenantId,
    string? TeamId,
    string? ChannelId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? UserAadObjectId)
{
    /// <summary>The reference of the conversation an activity came from, or null when it lacks the ids.</summary>
    public static ConversationReference? From(Activity activity)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            return null;
        }
        var channelData = activity.ChannelData is { ValueKind: JsonValueKind.Object } data ? data : default;
        return new ConversationReference(
            activity.ServiceUrl,
            WithoutThread(activity.Conversation.Id),
            activity.Conversation.ConversationType ?? "personal",
            activity.Conversation.TenantId ?? Read(channelData, "tenant", "id"),
            Read(channelData, "teamsTeamId") ?? Read(channelData, "team", "id"),
            Read(channelData, "teamsChannelId") ?? Read(channelData, "channel", "id"),
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.From?.Id,
            activity.From?.Name,
            activity.From?.AadObjectId);
    }

    /// <summary>Channel conversation ids name the thread as <c>;messageid=</c>; the channel is the part before it.</summary>
    public static string WithoutThread(string conversationId)
    {
        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut < 0 ? conversationId : conversationId[..cut];
    }

    private static string? Read(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
