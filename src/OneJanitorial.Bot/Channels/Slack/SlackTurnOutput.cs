using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Replies of one Slack turn: to the user alone through the interaction's response_url when the turn came from a
/// slash command, a shortcut or an ephemeral message; otherwise chat.postMessage (in the thread, if any), and a
/// pressed card is replaced in place with chat.update.
/// </summary>
public sealed class SlackTurnOutput(SlackWebApiClient api, SlackMessageFormatter formatter, SlackReplyTarget target) : ITurnOutput
{
    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        var content = formatter.Format(message);
        if (target.Ephemeral)
        {
            await SendEphemeralAsync(content, cancellationToken);
            return null;
        }
        var result = await api.PostMessageAsync(target.ChannelId, content, target.ThreadTs, cancellationToken);
        return result.Ok ? result.StringAt("ts") : null;
    }

    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        var content = formatter.Format(BotMessage.WithView(view));
        if (target.Ephemeral && target.ResponseUrl is { } responseUrl)
        {
            await api.RespondAsync(responseUrl, content, replaceOriginal: true, cancellationToken);
            return;
        }
        if (target.MessageTs is { } ts && (await api.UpdateMessageAsync(target.ChannelId, ts, content, cancellationToken)).Ok)
        {
            return;
        }
        await SendAsync(BotMessage.WithView(view), cancellationToken);
    }

    private async Task SendEphemeralAsync(SlackMessageContent content, CancellationToken cancellationToken)
    {
        if (target.ResponseUrl is { } responseUrl && (await api.RespondAsync(responseUrl, content, replaceOriginal: false, cancellationToken)).Ok)
        {
            return;
        }
        await api.PostEphemeralAsync(target.ChannelId, target.UserId, content, target.ThreadTs, cancellationToken);
    }
}
