using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Decides the immediate answer to every Slack delivery, HTTP or Socket Mode alike, and hands what needs work to
/// the <see cref="SlackInbox"/> (persisted first, so an acknowledged delivery is never lost or done twice). A modal's
/// submit is answered with its next state, so it runs at once (<see cref="SlackViewSubmissions"/>). When storage is
/// down, the delivery is logged with its id, the storage connections are reset, and: an event is refused (Slack
/// delivers it again), a command or a form submit is answered with "storage is down" (Slack does not deliver those
/// again), a button press or a shortcut on a message is acknowledged and told so at its response_url (Slack does not
/// redeliver those either), any other button press is refused (Slack marks the button as failed).
/// </summary>
public sealed class SlackReceiver(
    SlackInbox inbox, SlackViewSubmissions submissions, SlackWebApiClient api, Database database, TimeProvider clock, ILogger<SlackReceiver> logger)
{
    /// <summary>How long the storage-down notice may take, so Slack still gets its answer within its 3 seconds.</summary>
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(2);

    public const string CommandAck = "Working on it…";

    public const string StorageDownText = "Sorry, I can't reach my storage right now, so I couldn't do that. Please try again in a minute.";

    public const string StorageDownFormNote =
        "Sorry, I can't reach my storage right now. Close this and press the button again in a minute: what you entered is still in the form, and nothing will be done twice.";

    public async Task<SlackAck> ReceiveEventAsync(JsonObject body, string? retryNum, CancellationToken cancellationToken)
    {
        switch (SlackTurnMapper.Str(body, "type"))
        {
            case "url_verification":
                return new SlackAck(Challenge: SlackTurnMapper.Str(body, "challenge") ?? "");
            case "event_callback" when SlackTurnMapper.Str(body, "event_id") is { } eventId:
                var work = new SlackWork(eventId, SlackWorkKind.Event, body.ToJsonString(), clock.GetUtcNow());
                return await UnlessStorageDownAsync(work.Kind, work.Id, SlackAck.Refusal, async ct =>
                {
                    await AcceptAsync(work, retryNum, ct);
                    return SlackAck.Empty;
                }, cancellationToken);
            default:
                return SlackAck.Empty;
        }
    }

    public async Task<SlackAck> ReceiveCommandAsync(JsonObject fields, CancellationToken cancellationToken)
    {
        var command = SlackTurnMapper.Str(fields, "command") ?? "";
        if (SlackCommandText.ToText(command, SlackTurnMapper.Str(fields, "text")) is null)
        {
            return SlackAck.Ephemeral($"I don't know the command {SlackText.Escape(command)}. Try {string.Join(", ", SlackCommandText.Commands)}.");
        }
        var id = "command:" + (SlackTurnMapper.Str(fields, "trigger_id") ?? Guid.NewGuid().ToString("N"));
        return await UnlessStorageDownAsync(SlackWorkKind.Command, id, SlackAck.Ephemeral(StorageDownText), async ct =>
        {
            await AcceptAsync(new SlackWork(id, SlackWorkKind.Command, fields.ToJsonString(), clock.GetUtcNow()), null, ct);
            return SlackAck.Ephemeral(CommandAck);
        }, cancellationToken);
    }

    public async Task<SlackAck> ReceiveInteractionAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        switch (SlackTurnMapper.Str(payload, "type"))
        {
            case "block_actions" or "message_action":
                var id = "interaction:" + (SlackTurnMapper.Str(payload, "trigger_id") ?? Guid.NewGuid().ToString("N"));
                var responseUrl = OnAMessage(payload) ? SlackTurnMapper.Str(payload, "response_url") : null;
                Func<CancellationToken, Task>? tellUser = responseUrl is null ? null : ct => TellStorageDownAsync(responseUrl, ct);
                return await UnlessStorageDownAsync(SlackWorkKind.Interaction, id, tellUser is null ? SlackAck.Refusal : SlackAck.Empty, tellUser, async ct =>
                {
                    await AcceptAsync(new SlackWork(id, SlackWorkKind.Interaction, payload.ToJsonString(), clock.GetUtcNow()), null, ct);
                    return SlackAck.Empty;
                }, cancellationToken);
            case "view_submission":
                return await UnlessStorageDownAsync(
                    SlackWorkKind.Submission, SlackViewSubmissions.WorkId(payload), SlackViewSubmissions.Push("Storage is down", StorageDownFormNote),
                    ct => submissions.SubmitAsync(payload, ct), cancellationToken);
            case "view_closed":
                return await UnlessStorageDownAsync(
                    SlackWorkKind.Interaction, "closed:" + SlackTurnMapper.Str(payload, "view", "id"), SlackAck.Empty,
                    ct => submissions.CloseAsync(payload, ct), cancellationToken);
            default:
                return SlackAck.Empty;
        }
    }

    private Task<SlackAck> UnlessStorageDownAsync(
        SlackWorkKind kind, string id, SlackAck whenDown, Func<CancellationToken, Task<SlackAck>> receive, CancellationToken cancellationToken) =>
        UnlessStorageDownAsync(kind, id, whenDown, null, receive, cancellationToken);

    /// <summary>
    /// Runs <paramref name="receive"/>; when storage is down, logs the delivery by its id (never its text), resets the
    /// storage connections so the next delivery opens fresh ones, tells the user with <paramref name="tellUser"/> when
    /// given, and answers <paramref name="whenDown"/>.
    /// </summary>
    private async Task<SlackAck> UnlessStorageDownAsync(
        SlackWorkKind kind, string id, SlackAck whenDown, Func<CancellationToken, Task>? tellUser,
        Func<CancellationToken, Task<SlackAck>> receive, CancellationToken cancellationToken)
    {
        try
        {
            return await receive(cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            Log.StorageDown(logger, e, kind, id, whenDown.Refused);
            database.ResetConnections();
            if (tellUser is not null)
            {
                await tellUser(cancellationToken);
            }
            return whenDown;
        }
    }

    /// <summary>
    /// A button on a message (not a modal's or the Home tab's) or a message shortcut: both carry a response_url to
    /// answer at, and Slack delivers neither again.
    /// </summary>
    private static bool OnAMessage(JsonObject payload) => SlackTurnMapper.Str(payload, "type") switch
    {
        "block_actions" => SlackTurnMapper.Str(payload, "container", "type") == "message",
        "message_action" => true,
        _ => false,
    };

    /// <summary>
    /// The storage-down notice, only to the user, at the interaction's response_url (a URL that is not Slack's is not
    /// called); bounded so Slack still gets its answer in time. A notice Slack did not take is logged, not retried.
    /// </summary>
    private async Task TellStorageDownAsync(string responseUrl, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(NoticeTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await api.RespondAsync(responseUrl, new SlackMessageContent(StorageDownText), replaceOriginal: false, linked.Token);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.StorageDownNoticeFailed(logger, e);
        }
    }

    private async Task AcceptAsync(SlackWork work, string? retryNum, CancellationToken cancellationToken)
    {
        if (!await inbox.AcceptAsync(work, cancellationToken))
        {
            Log.DuplicateDropped(logger, work.Kind, work.Id, retryNum);
        }
    }
}
