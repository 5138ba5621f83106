using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Replies of one Slack turn: to the user alone through the interaction's response_url when the turn came from a
/// slash command, a shortcut or an ephemeral message; otherwise chat.postMessage (in the thread, if any), one post
/// per page in order, and a pressed card is replaced in place with chat.update (its further pages posted after it).
/// </summary>
public sealed class SlackTurnOutput(SlackWebApiClient api, SlackMessageFormatter formatter, SlackReplyTarget target) : ITurnOutput
{
    /// <summary>Posts the message's pages in order; returns the last page's ts (the page that carries the buttons).</summary>
    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken) =>
        await SendPagesAsync(formatter.Format(message), cancellationToken);

    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        var pages = formatter.Format(BotMessage.WithView(view));
        if (target.Ephemeral && target.ResponseUrl is { } responseUrl)
        {
            await api.RespondAsync(responseUrl, pages[0], replaceOriginal: true, cancellationToken);
            foreach (var page in pages.Skip(1))
            {
                await api.RespondAsync(responseUrl, page, replaceOriginal: false, cancellationToken);
            }
            return;
        }
        if (target.MessageTs is { } ts && (await api.UpdateMessageAsync(target.ChannelId, ts, pages[0], cancellationToken)).Ok)
        {
            await SendPagesAsync(pages.Skip(1).ToList(), cancellationToken);
            return;
        }
        await SendPagesAsync(pages, cancellationToken);
    }

    private async Task<string?> SendPagesAsync(IReadOnlyList<SlackMessageContent> pages, CancellationToken cancellationToken)
    {
        string? ts = null;
        foreach (var content in pages)
        {
            if (target.Ephemeral)
            {
                await SendEphemeralAsync(content, cancellationToken);
                continue;
            }
            var result = await api.PostMessageAsync(target.ChannelId, content, target.ThreadTs, cancellationToken);
            ts = result.Ok ? result.StringAt("ts") : null;
        }
        return ts;
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
