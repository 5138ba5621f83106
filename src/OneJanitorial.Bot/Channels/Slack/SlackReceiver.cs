using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.Modals;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Decides the immediate answer to every Slack delivery, HTTP or Socket Mode alike, and hands what needs work to
/// the <see cref="SlackInbox"/> (persisted first, so an acknowledged delivery is never lost or done twice). A modal's
/// submit is answered with its next state, so it runs at once (<see cref="SlackViewSubmissions"/>).
/// </summary>
public sealed class SlackReceiver(SlackInbox inbox, SlackViewSubmissions submissions, TimeProvider clock, ILogger<SlackReceiver> logger)
{
    public const string CommandAck = "Working on it…";

    public async Task<SlackAck> ReceiveEventAsync(JsonObject body, string? retryNum, CancellationToken cancellationToken)
    {
        switch (SlackTurnMapper.Str(body, "type"))
        {
            case "url_verification":
                return new SlackAck(Challenge: SlackTurnMapper.Str(body, "challenge") ?? "");
            case "event_callback" when SlackTurnMapper.Str(body, "event_id") is { } eventId:
                await AcceptAsync(new SlackWork(eventId, SlackWorkKind.Event, body.ToJsonString(), clock.GetUtcNow()), retryNum, cancellationToken);
                return SlackAck.Empty;
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
        await AcceptAsync(new SlackWork(id, SlackWorkKind.Command, fields.ToJsonString(), clock.GetUtcNow()), null, cancellationToken);
        return SlackAck.Ephemeral(CommandAck);
    }

    public async Task<SlackAck> ReceiveInteractionAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        switch (SlackTurnMapper.Str(payload, "type"))
        {
            case "block_actions" or "message_action":
                var id = "interaction:" + (SlackTurnMapper.Str(payload, "trigger_id") ?? Guid.NewGuid().ToString("N"));
                await AcceptAsync(new SlackWork(id, SlackWorkKind.Interaction, payload.ToJsonString(), clock.GetUtcNow()), null, cancellationToken);
                return SlackAck.Empty;
            case "view_submission":
                return await submissions.SubmitAsync(payload, cancellationToken);
            case "view_closed":
                return await submissions.CloseAsync(payload, cancellationToken);
            default:
                return SlackAck.Empty;
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
