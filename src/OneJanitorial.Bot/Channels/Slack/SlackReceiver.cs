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
/// again), a button press is refused (Slack marks the button as failed).
/// </summary>
public sealed class SlackReceiver(
    SlackInbox inbox, SlackViewSubmissions submissions, Database database, TimeProvider clock, ILogger<SlackReceiver> logger)
{
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
                return await UnlessStorageDownAsync(SlackWorkKind.Interaction, id, SlackAck.Refusal, async ct =>
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

    /// <summary>
    /// Runs <paramref name="receive"/>; when storage is down, logs the delivery by its id (never its text), resets the
    /// storage connections so the next delivery opens fresh ones, and answers <paramref name="whenDown"/>.
    /// </summary>
    private async Task<SlackAck> UnlessStorageDownAsync(
        SlackWorkKind kind, string id, SlackAck whenDown, Func<CancellationToken, Task<SlackAck>> receive, CancellationToken cancellationToken)
    {
        try
        {
            return await receive(cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            Log.StorageDown(logger, e, kind, id, whenDown.Refused);
            database.ResetConnections();
            return whenDown;
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
