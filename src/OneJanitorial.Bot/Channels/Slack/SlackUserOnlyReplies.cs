using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// A Slack turn's pages only to the user (<see cref="SlackTurnOutput"/>): by the interaction's response_url while Slack
/// takes it, else chat.postEphemeral; once the channel refuses one because it cannot reach the user there (the bot is not
/// a member of it, or the user is not: <c>user_not_in_channel</c>), that page and the ones after it go to the user's DM
/// with the bot, after one note saying why (<see cref="DirectMessageAsync"/>).
/// </summary>
public sealed class SlackUserOnlyReplies(SlackWebApiClient api, SlackReplyTarget target, TurnDeliveryLog deliveries, ILogger logger)
{
    private int _responses;
    private string? _dm;

    /// <summary>Whether the user was told in their DM why the reply goes on there (<see cref="SlackDmNote"/>, by this run or an earlier one).</summary>
    public bool DmNoted { get; private set; }

    /// <summary>
    /// One page only to the user: by the response_url or chat.postEphemeral, or in the user's DM once the channel refused
    /// (the bot or the user is not in it). Null when the DM could not be opened (Slack unavailable or refusing): the page
    /// is kept, and its follow-up tries the channel and the DM again.
    /// </summary>
    public async Task<SlackApiResult?> SendAsync(SlackMessageContent content, CancellationToken cancellationToken)
    {
        var sent = _dm is null ? await SendEphemeralAsync(content, cancellationToken) : null;
        if (sent is not null and not { Error: "not_in_channel" or "channel_not_found" or "user_not_in_channel" })
        {
            return sent;
        }
        return await DirectMessageAsync(sent, cancellationToken) is { } dm ? await api.PostMessageAsync(dm, content, null, cancellationToken) : null;
    }

    /// <summary>Replaces the pressed message through the response_url; null when the response_url is not there to use.</summary>
    public async Task<SlackApiResult?> ReplaceOriginalAsync(SlackMessageContent content, CancellationToken cancellationToken) =>
        UseResponseUrl() is { } responseUrl ? await api.RespondAsync(responseUrl, content, replaceOriginal: true, cancellationToken) : null;

    private async Task<SlackApiResult> SendEphemeralAsync(SlackMessageContent content, CancellationToken cancellationToken)
    {
        if (UseResponseUrl() is { } responseUrl && await api.RespondAsync(responseUrl, content, replaceOriginal: false, cancellationToken) is { Ok: true } responded)
        {
            return responded;
        }
        return await api.PostEphemeralAsync(target.ChannelId, target.UserId, content, target.ThreadTs, cancellationToken);
    }

    /// <summary>
    /// The user's DM with the bot, for the ephemeral pages the channel refused (<paramref name="refused"/>; null once the
    /// DM is open): opened at the first such page, with the note before it, recorded in the turn's deliveries as said
    /// once in the turn (a run again that comes to the DM posts no second note). Null when Slack would not open it.
    /// </summary>
    private async Task<string?> DirectMessageAsync(SlackApiResult? refused, CancellationToken cancellationToken)
    {
        if (_dm is not null || await api.OpenConversationAsync(target.UserId, cancellationToken) is not { } dm)
        {
            return _dm;
        }
        Log.EphemeralToDirectMessage(logger, target.ChannelId, refused?.Error, dm);
        DmNoted = await SlackDmNote.SayOnceAsync(api, deliveries, dm, cancellationToken);
        return _dm = dm;
    }

    /// <summary>
    /// The turn's response_url for one more post, while Slack takes it (<see cref="SlackResponseUrl.MaxUses"/>); null after
    /// that, so a long reply ("huddle all") goes on by chat.postEphemeral instead of a refused call before each message.
    /// </summary>
    private string? UseResponseUrl() => target.ResponseUrl is { } responseUrl && _responses++ < SlackResponseUrl.MaxUses ? responseUrl : null;
}
