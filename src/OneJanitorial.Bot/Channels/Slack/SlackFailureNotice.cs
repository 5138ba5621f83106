using OneJanitorial.Bot.Channels.Slack.Modals;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Tells the user that acknowledged work was given up, so nothing fails silently: only to them in the work's
/// conversation (chat.postEphemeral), or in their DM with the bot when that cannot be posted. A notice Slack does not
/// take (or that failed or timed out on its way) is logged with the work's id (event 2128), not retried.
/// </summary>
public sealed class SlackFailureNotice(SlackWebApiClient api, ILogger<SlackFailureNotice> logger)
{
    public const string Text = "Sorry, something went wrong on my side and I couldn't finish what you asked. Please try again.";

    public const string FollowUpText =
        "Sorry, I couldn't post my answer to what you submitted. Run the same command again (or DM me *resume*) to see where it stands; /ticket lists your tickets, including one just created.";

    public const string TurnPagesText =
        "Sorry, I could not post the rest of my answer in this conversation (Slack was not available). Please ask again.";

    public async Task TellAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var (channel, user) = RecipientOf(work);
        if (user is null)
        {
            Log.FailureNoticeFailed(logger, null, work.Kind, work.Id, "no_user");
            return;
        }
        var content = new SlackMessageContent(work.Kind switch
        {
            SlackWorkKind.Submission => SlackViewSubmissions.FailedNote,
            SlackWorkKind.FollowUp when SlackFollowUps.IsTurnPages(work) => TurnPagesText,
            SlackWorkKind.FollowUp => FollowUpText,
            _ => Text,
        });
        try
        {
            var result = channel is null ? SlackApiResult.Failed("no_channel") : await api.PostEphemeralAsync(channel, user, content, null, cancellationToken);
            if (!result.Ok && await api.OpenConversationAsync(user, cancellationToken) is { } dm)
            {
                result = await api.PostMessageAsync(dm, content, null, cancellationToken);
            }
            if (!result.Ok)
            {
                Log.FailureNoticeFailed(logger, null, work.Kind, work.Id, result.Error);
            }
        }
        catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.FailureNoticeFailed(logger, e, work.Kind, work.Id, "http");
        }
    }

    /// <summary>The conversation and user of the work, as far as its payload names them.</summary>
    private static (string? Channel, string? User) RecipientOf(SlackWork work)
    {
        if (SlackTurnMapper.ParseObject(work.Payload) is not { } payload)
        {
            return (null, null);
        }
        return work.Kind switch
        {
            SlackWorkKind.Event => (SlackTurnMapper.Str(payload, "event", "channel"), SlackTurnMapper.Str(payload, "event", "user")),
            SlackWorkKind.Command => (SlackTurnMapper.Str(payload, "channel_id"), SlackTurnMapper.Str(payload, "user_id")),
            SlackWorkKind.FollowUp => (SlackTurnMapper.Str(payload, "channel"), SlackTurnMapper.Str(payload, "user")),
            SlackWorkKind.Submission => (SlackTurnMapper.ModalOf(payload)?.Channel, SlackTurnMapper.Str(payload, "user", "id")),
            _ => (SlackTurnMapper.Str(payload, "channel", "id"), SlackTurnMapper.Str(payload, "user", "id")),
        };
    }
}
