using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// Messages a modal's answer cannot carry (the created ticket, a note on close): stored as inbox work first, so they
/// are posted after the immediate answer, once (the work id is the modal's id and hash: a redelivered submit finds
/// it taken), and still after a restart; also the pages of a turn's reply Slack could not take during the turn
/// (<see cref="SlackTurnOutput.Unsent"/>). Posted to the conversation (in its thread, if any), or to the user's DM when
/// the bot cannot post there (a turn's pages after the note saying why, <see cref="SlackDmNote"/>, unless the turn said it
/// already). Not posted (Slack failed), a follow-up stays pending and is tried again (<see cref="SlackInboxWorker"/>).
/// </summary>
public sealed class SlackFollowUps(SlackInbox inbox, SlackWebApiClient api, TurnDeliveries deliveries, TimeProvider clock)
{
    private const string IdPrefix = "followup:";
    private const string TurnPrefix = IdPrefix + "turn:";
    private const string DmNotedKey = "dmNoted";

    /// <summary>Whether <paramref name="work"/> is the follow-up of a turn's reply pages (<see cref="AcceptTurnPagesAsync"/>).</summary>
    public static bool IsTurnPages(SlackWork work) =>
        work.Kind == SlackWorkKind.FollowUp && work.Id.StartsWith(TurnPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The pages of turn <paramref name="turnId"/> (its inbox work id) Slack could not take during the turn, kept under
    /// the conversation's id (<c>followup:turn:{channel}:{turn id}</c>), or, pages only to the user (an ephemeral reply),
    /// under the conversation and the user (<c>followup:turn:{channel}/{user}:{turn id}</c>), so the later turns whose
    /// replies must come after them can wait for them (<see cref="HasPendingTurnPagesAsync"/>). <paramref name="dmNoted"/>:
    /// the turn already told the user in their DM why its reply goes on there (<see cref="SlackTurnOutput.DmNoted"/>).
    /// </summary>
    public Task AcceptTurnPagesAsync(
        string turnId, SlackReplyTarget target, IEnumerable<SlackMessageContent> pages, bool dmNoted, CancellationToken cancellationToken) =>
        AcceptWorkAsync(TurnPagesPrefix(target) + turnId, target, pages, dmNoted, cancellationToken);

    /// <summary>
    /// Whether an earlier turn kept pages, still to be posted, that a reply to <paramref name="target"/> must not overtake:
    /// the conversation's, and those only to the same user in it. Another user's pages only to them do not hold it up.
    /// </summary>
    public async Task<bool> HasPendingTurnPagesAsync(SlackReplyTarget target, CancellationToken cancellationToken) =>
        await inbox.HasPendingAsync(TurnPagesPrefix(target with { Ephemeral = false }), cancellationToken)
        || await inbox.HasPendingAsync(TurnPagesPrefix(target with { Ephemeral = true }), cancellationToken);

    public Task AcceptAsync(string id, SlackReplyTarget target, IEnumerable<SlackMessageContent> pages, CancellationToken cancellationToken) =>
        AcceptWorkAsync(IdPrefix + id, target, pages, dmNoted: false, cancellationToken);

    private async Task AcceptWorkAsync(
        string id, SlackReplyTarget target, IEnumerable<SlackMessageContent> pages, bool dmNoted, CancellationToken cancellationToken)
    {
        var list = new JsonArray([.. pages.Select(p => (JsonNode)new JsonObject { ["text"] = p.Text, ["blocks"] = p.Blocks?.DeepClone() })]);
        if (list.Count == 0)
        {
            return;
        }
        var payload = new JsonObject
        {
            ["channel"] = target.ChannelId, ["user"] = target.UserId, ["thread"] = target.ThreadTs, ["ephemeral"] = target.Ephemeral, ["pages"] = list,
        };
        if (dmNoted)
        {
            payload[DmNotedKey] = true;
        }
        await inbox.AcceptAsync(new SlackWork(id, SlackWorkKind.FollowUp, payload.ToJsonString(), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// Posts every page not posted by an earlier attempt, recording each in the inbox entry once Slack took it; false
    /// when one could not be posted (Slack failed or refused the conversation and the DM), so the inbox tries the
    /// follow-up again from that page, or when its claim is no longer current (it was claimed again as stale).
    /// Only a stop between Slack's answer and that record posts a page twice.
    /// </summary>
    public async Task<bool> PostAsync(SlackClaim claim, JsonObject payload, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.Str(payload, "channel") is not { } channel || SlackTurnMapper.Str(payload, "user") is not { } user
            || payload["pages"] is not JsonArray pages)
        {
            return true;
        }
        var ephemeral = SlackTurnMapper.IsTrue(payload, "ephemeral");
        var thread = SlackTurnMapper.Str(payload, "thread");
        var posted = await inbox.PagesPostedAsync(claim.Work, cancellationToken);
        foreach (var page in pages.OfType<JsonObject>().Skip(posted))
        {
            var content = new SlackMessageContent(SlackTurnMapper.Str(page, "text") ?? "", page["blocks"]?.DeepClone() as JsonArray);
            var result = ephemeral
                ? await api.PostEphemeralAsync(channel, user, content, thread, cancellationToken)
                : await api.PostMessageAsync(channel, content, thread, cancellationToken);
            if (!result.Ok && IsTransient(result))
            {
                return false;
            }
            if (!result.Ok && await DirectMessageAsync(claim.Work, payload, user, channel, cancellationToken) is { } dm)
            {
                (channel, ephemeral, thread) = (dm, false, null);
                result = await api.PostMessageAsync(dm, content, null, cancellationToken);
            }
            if (!result.Ok)
            {
                return false;
            }
            if (!await inbox.RecordPagesPostedAsync(claim, ++posted, CancellationToken.None))
            {
                return false; // claimed again as stale: that claim goes on from the pages it knows were posted
            }
        }
        return true;
    }

    /// <summary>
    /// The user's DM with the bot, for the pages <paramref name="channel"/> refused; null when Slack would not open it or it
    /// is the channel that refused. A turn's kept pages get the note saying why first, unless the turn said it: once per
    /// follow-up (recorded in the follow-up's own delivery log), so an attempt again that comes back to the DM says it no more.
    /// </summary>
    private async Task<string?> DirectMessageAsync(SlackWork work, JsonObject payload, string user, string channel, CancellationToken cancellationToken)
    {
        if (await api.OpenConversationAsync(user, cancellationToken) is not { } dm || dm == channel)
        {
            return null;
        }
        if (IsTurnPages(work) && !SlackTurnMapper.IsTrue(payload, DmNotedKey))
        {
            await SlackDmNote.SayOnceAsync(api, deliveries.For(SlackTurnMapper.ChannelName, work.Id), dm, cancellationToken);
        }
        return dm;
    }

    private static string TurnPagesPrefix(SlackReplyTarget target) =>
        TurnPrefix + target.ChannelId + (target.Ephemeral ? "/" + target.UserId : "") + ":";

    /// <summary>Slack could not take the call now (an HTTP error, rate limited): the same conversation is tried again later.</summary>
    private static bool IsTransient(SlackApiResult result) =>
        result.Error is { } error && (error.StartsWith("http_", StringComparison.Ordinal) || error is "ratelimited" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout");
}
