using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Replies of one Slack turn: to the user alone through the interaction's response_url when the turn came from a
/// slash command, a shortcut or an ephemeral message; otherwise chat.postMessage (in the thread, if any), one post
/// per page in order, and a pressed card is replaced in place with chat.update (its further pages posted after it).
/// A form (see <see cref="SlackModals.Wants"/>) opens as a modal with the turn's trigger_id, or updates the modal the
/// turn came from; without a usable trigger it is posted as an "Open form" button. A page Slack cannot take now
/// (<see cref="SlackApiResult.PeerUnavailable"/>, a refused connection, a timed-out call), one only to the user as well,
/// is kept with every page the turn sends after it (<see cref="Unsent"/>), in order, instead of being dropped. Each page
/// posted is numbered in the turn's <paramref name="deliveries"/>, so the turn run again (after its timeout, or taken on
/// after a crash or a failure keeping its unsent pages) does not post again a page an earlier run posted; a pressed
/// card's first page is numbered the same whether it replaced the pressed message or was posted new, so a run again shows
/// it neither twice nor in both places (<see cref="ReplaceCardAsync"/>); a modal updated again is the same when repeated.
/// Pages only to the user go through <see cref="SlackUserOnlyReplies"/> (to the user's DM once the channel refuses them).
/// </summary>
public sealed class SlackTurnOutput(SlackWebApiClient api, SlackMessageFormatter formatter, SlackReplyTarget target, TurnDeliveryLog deliveries, ILogger logger) : ITurnOutput
{
    private string? _modalId = target.ModalViewId;
    private string? _modalHash = target.ModalHash;
    private string? _trigger = target.TriggerId;
    private bool _modalShown;
    private string? _lastText;
    private readonly SlackUserOnlyReplies _toUser = new(api, target, deliveries, logger);
    private readonly List<(SlackMessageContent Page, OutgoingMessage Number)> _unsent = [];

    /// <summary>
    /// The pages not posted because Slack could not take one of them, from that page on, in order: posted later as a
    /// follow-up (<see cref="SlackFollowUps"/>), so none is lost and the pages already posted are not posted again.
    /// </summary>
    public IReadOnlyList<SlackMessageContent> Unsent => [.. _unsent.Select(u => u.Page)];

    /// <summary>
    /// Whether the user was told in their DM why the reply goes on there (<see cref="SlackDmNote"/>, by this run or an
    /// earlier one): the follow-up of the <see cref="Unsent"/> pages then does not tell them again.
    /// </summary>
    public bool DmNoted => _toUser.DmNoted;

    /// <summary>
    /// The <see cref="Unsent"/> pages are stored as the turn's follow-up: they are recorded as delivered, so a run again of
    /// the turn leaves them to it. A crash between storing the follow-up and this record posts them twice (at least once).
    /// </summary>
    public async Task HandedOverAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, number) in _unsent)
        {
            await deliveries.RecordAsync(number, null, cancellationToken);
        }
    }

    /// <summary>Posts the message's pages in order; returns the last page's ts (the page that carries the buttons).</summary>
    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        var inModal = _modalId is not null;
        foreach (var view in message.Views.Where(v => SlackModals.Wants(v, inModal)))
        {
            if (await ShowModalAsync(view, cancellationToken))
            {
                message = message with { Views = [.. message.Views.Where(v => !ReferenceEquals(v, view))] };
            }
        }
        if (message.Text is { } text)
        {
            _lastText = SlackMrkdwn.Render(text);
        }
        return message.Text is null && message.Views.Count == 0 ? null : await SendPagesAsync(formatter.Format(message), cancellationToken);
    }

    /// <summary>
    /// Replaces the pressed card in place (the response_url's replace_original for an ephemeral message, else chat.update),
    /// or, Slack refusing, posts it as a new page (kept if Slack is down); its further pages are posted after it. Its first
    /// page takes its number in the turn's deliveries before either, so it is numbered the same whichever way it went: a
    /// run again finds it delivered and neither replaces it again nor posts it beside the replaced one, and the pages after
    /// it keep their numbers.
    /// </summary>
    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        if (SlackModals.Wants(view, _modalId is not null) && await ShowModalAsync(view, cancellationToken))
        {
            return;
        }
        var pages = formatter.Format(BotMessage.WithView(view));
        var first = await NumberAsync(pages[0], cancellationToken);
        if (!first.Delivered && !await ReplaceInPlaceAsync(pages[0], first, cancellationToken))
        {
            await SendPageAsync(pages[0], first, cancellationToken);
        }
        await SendPagesAsync(pages.Skip(1).ToList(), cancellationToken);
    }

    /// <summary>Replaces the pressed message with <paramref name="content"/> and records it as <paramref name="number"/>; false when Slack refused.</summary>
    private async Task<bool> ReplaceInPlaceAsync(SlackMessageContent content, OutgoingMessage number, CancellationToken cancellationToken)
    {
        SlackApiResult? replaced = null;
        if (target.Ephemeral)
        {
            replaced = await _toUser.ReplaceOriginalAsync(content, cancellationToken);
        }
        if (replaced is not { Ok: true } && target.MessageTs is { } ts)
        {
            replaced = await api.UpdateMessageAsync(target.ChannelId, ts, content, cancellationToken);
        }
        if (replaced is not { Ok: true })
        {
            return false;
        }
        await deliveries.RecordAsync(number, replaced.StringAt("ts"), cancellationToken);
        return true;
    }

    /// <summary>
    /// The turn is over: when it came from a modal and showed no further step there (the dialog ended or was
    /// cancelled), the modal is left saying so instead of showing a step that is gone.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (target.ModalViewId is { } viewId && !_modalShown)
        {
            var notice = SlackModals.Notice("Done", _lastText ?? "Done: the answer is in the conversation.");
            await api.UpdateViewAsync(viewId, notice, _modalHash, cancellationToken);
        }
    }

    /// <summary>Opens (first form of the turn) or updates the modal; false when Slack refused, so the form goes to the chat.</summary>
    private async Task<bool> ShowModalAsync(View view, CancellationToken cancellationToken)
    {
        var modal = SlackModals.Build(view, target.ChannelId);
        SlackApiResult result;
        if (_modalId is { } viewId)
        {
            result = await api.UpdateViewAsync(viewId, modal, _modalHash, cancellationToken);
        }
        else if (_trigger is { } trigger)
        {
            _trigger = null; // a trigger_id opens one modal
            result = await api.OpenViewAsync(trigger, modal, cancellationToken);
        }
        else
        {
            return false;
        }
        if (result.Ok)
        {
            (_modalId, _modalHash, _modalShown) = (result.StringAt("view", "id"), result.StringAt("view", "hash"), true);
        }
        return result.Ok;
    }

    /// <summary>Posts the pages in order, each unless an earlier run of the turn posted it; returns the last page's ts.</summary>
    private async Task<string?> SendPagesAsync(IReadOnlyList<SlackMessageContent> pages, CancellationToken cancellationToken)
    {
        string? ts = null;
        foreach (var content in pages)
        {
            var next = await NumberAsync(content, cancellationToken);
            ts = next.Delivered ? next.Message.MessageId : await SendPageAsync(content, next, cancellationToken);
        }
        return ts;
    }

    /// <summary>The page's number in the turn's deliveries, by what it shows (not by how it is delivered).</summary>
    private Task<OutgoingMessage> NumberAsync(SlackMessageContent content, CancellationToken cancellationToken) =>
        deliveries.NextAsync(content.Text + "\n" + content.Blocks?.ToJsonString(), cancellationToken);

    /// <summary>
    /// Posts one page and records it once Slack took it; kept as <see cref="Unsent"/> when Slack cannot take it now, a
    /// page only to the user as much as one to the channel (the follow-up posts it by chat.postEphemeral, or in the DM).
    /// </summary>
    private async Task<string?> SendPageAsync(SlackMessageContent content, OutgoingMessage number, CancellationToken cancellationToken)
    {
        var result = _unsent.Count > 0 ? null : await UnlessUnreachableAsync(
            async ct => target.Ephemeral ? await _toUser.SendAsync(content, ct) : await api.PostMessageAsync(target.ChannelId, content, target.ThreadTs, ct),
            cancellationToken);
        if (result is null or { PeerUnavailable: true })
        {
            _unsent.Add((content, number));
        }
        if (result is not { Ok: true })
        {
            return null;
        }
        var ts = target.Ephemeral ? null : result.StringAt("ts");
        await deliveries.RecordAsync(number, ts, cancellationToken);
        return ts;
    }

    /// <summary>Slack's answer; null when Slack could not be reached (a refused connection, a timed-out call).</summary>
    private static async Task<SlackApiResult?> UnlessUnreachableAsync(Func<CancellationToken, Task<SlackApiResult?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
