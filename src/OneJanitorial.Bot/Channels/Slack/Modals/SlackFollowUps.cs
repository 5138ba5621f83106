using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// Messages a modal's answer cannot carry (the created ticket, a note on close): stored as inbox work first, so they
/// are posted after the immediate answer, once (the work id is the modal's id and hash: a redelivered submit finds
/// it taken), and still after a restart. Posted to the modal's conversation, or to the user's DM when the bot cannot
/// post there.
/// </summary>
public sealed class SlackFollowUps(SlackInbox inbox, SlackWebApiClient api, TimeProvider clock)
{
    public async Task AcceptAsync(string id, string channel, string user, bool ephemeral, IEnumerable<SlackMessageContent> pages, CancellationToken cancellationToken)
    {
        var list = new JsonArray([.. pages.Select(p => (JsonNode)new JsonObject { ["text"] = p.Text, ["blocks"] = p.Blocks?.DeepClone() })]);
        if (list.Count == 0)
        {
            return;
        }
        var payload = new JsonObject { ["channel"] = channel, ["user"] = user, ["ephemeral"] = ephemeral, ["pages"] = list };
        await inbox.AcceptAsync(new SlackWork("followup:" + id, SlackWorkKind.FollowUp, payload.ToJsonString(), clock.GetUtcNow()), cancellationToken);
    }

    public async Task PostAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.Str(payload, "channel") is not { } channel || SlackTurnMapper.Str(payload, "user") is not { } user
            || payload["pages"] is not JsonArray pages)
        {
            return;
        }
        var ephemeral = payload["ephemeral"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        foreach (var page in pages.OfType<JsonObject>())
        {
            var content = new SlackMessageContent(SlackTurnMapper.Str(page, "text") ?? "", page["blocks"]?.DeepClone() as JsonArray);
            var result = ephemeral
                ? await api.PostEphemeralAsync(channel, user, content, null, cancellationToken)
                : await api.PostMessageAsync(channel, content, null, cancellationToken);
            if (!result.Ok && await api.OpenConversationAsync(user, cancellationToken) is { } dm && dm != channel)
            {
                (channel, ephemeral) = (dm, false);
                await api.PostMessageAsync(dm, content, null, cancellationToken);
            }
        }
    }
}
