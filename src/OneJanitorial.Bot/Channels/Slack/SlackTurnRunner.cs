using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Runs one accepted piece of Slack work: the Home tab, or a turn of <see cref="ConversationBot"/> with its replies
/// going back to Slack. One turn at a time per conversation, through the process's <see cref="IConversationGate"/> that Teams
/// turns share (so on PostgreSQL across every instance: two events of one channel accepted by two instances, or work an
/// instance took on as stale while its first run goes on), on its own timeout token (on the bot's clock). <see cref="SlackWorkOutcome.Retry"/>
/// when the work should be tried again: a follow-up Slack did not take, or a run over its timeout (a turn that throws is
/// apologized for and done); a resumed modal submit answers for itself (<see cref="SlackViewSubmissions.ResumeAsync"/>).
/// A turn's reply pages Slack could not take (<see cref="SlackTurnOutput.Unsent"/>) are stored as a follow-up before the
/// turn is done: posted from the page that failed, retried as follow-ups are, while the turn is not run again (its pages
/// already posted would be posted twice). A turn that is run again all the same (over its timeout; taken on after a
/// crash; storage down while its unsent pages were being kept) posts only the pages no earlier run posted
/// (<see cref="TurnDeliveryLog"/>, by the work's id). While a turn's kept pages are still to be posted, later turns of
/// its conversation wait (<see cref="SlackWorkOutcome.Wait"/>), so their replies come after them; pages only to one user
/// hold up only that user's turns there.
/// </summary>
public sealed class SlackTurnRunner(
    ConversationBot bot,
    SlackWebApiClient api,
    SlackMessageFormatter formatter,
    SlackHomeTab homeTab,
    SlackFollowUps followUps,
    TurnDeliveries deliveries,
    SlackViewSubmissions submissions,
    IConversationGate gate,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackTurnRunner> logger)
{
    public async Task<SlackWorkOutcome> RunAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await DispatchAsync(claim, SlackTurnMapper.ParseObject(work.Payload), linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.WorkTimedOut(logger, work.Kind, work.Id, options.Value.TurnTimeout.TotalSeconds);
            return SlackWorkOutcome.Retry;
        }
    }

    private async Task<SlackWorkOutcome> DispatchAsync(SlackClaim claim, JsonObject? payload, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        var now = clock.GetUtcNow();
        if (payload is null)
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return SlackWorkOutcome.Done;
        }
        if (work.Kind == SlackWorkKind.FollowUp)
        {
            return await followUps.PostAsync(claim, payload, cancellationToken) ? SlackWorkOutcome.Done : SlackWorkOutcome.Retry;
        }
        if (work.Kind == SlackWorkKind.Submission)
        {
            return await submissions.ResumeAsync(payload, cancellationToken);
        }
        if (work.Kind == SlackWorkKind.Event && SlackHomeTab.OpenedBy(payload) is { } homeUser)
        {
            await homeTab.PublishAsync(homeUser, cancellationToken);
            return SlackWorkOutcome.Done;
        }
        if (work.Kind == SlackWorkKind.Interaction)
        {
            await AddDirectMessageChannelAsync(payload, cancellationToken);
        }
        var turn = work.Kind switch
        {
            SlackWorkKind.Event => SlackTurnMapper.FromEvent(payload, now),
            SlackWorkKind.Command => SlackTurnMapper.FromCommand(payload, now),
            _ => SlackTurnMapper.FromInteraction(payload, now),
        };
        if (turn is null)
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return SlackWorkOutcome.Done;
        }
        await using var entered = await gate.EnterAsync(GateKey(turn.Turn), cancellationToken);
        if (await followUps.HasPendingTurnPagesAsync(turn.Reply, cancellationToken))
        {
            return SlackWorkOutcome.Wait; // an earlier turn's kept pages come first (another user's pages only to them do not)
        }
        await RunTurnAsync(work, turn, cancellationToken);
        return SlackWorkOutcome.Done;
    }

    /// <summary>The conversation's key in the gate: the channel's name first, so a Slack channel id is never taken for a Teams conversation id.</summary>
    private static string GateKey(IncomingTurn turn) => $"{turn.Channel}/{turn.ConversationId}";

    /// <summary>A button on the Home tab (or another app's view) has no channel: its replies go to the user's DM with the bot.</summary>
    private async Task AddDirectMessageChannelAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.Str(payload, "channel", "id") is null && SlackTurnMapper.Str(payload, "container", "type") == "view"
            && SlackTurnMapper.ModalOf(payload) is null
            && SlackTurnMapper.Str(payload, "user", "id") is { } user
            && await api.OpenConversationAsync(user, cancellationToken) is { } dm)
        {
            payload["channel"] = new JsonObject { ["id"] = dm };
        }
    }

    private async Task RunTurnAsync(SlackWork work, SlackTurn turn, CancellationToken cancellationToken)
    {
        var output = new SlackTurnOutput(api, formatter, turn.Reply, deliveries.For(SlackTurnMapper.ChannelName, work.Id), logger);
        try
        {
            await bot.OnTurnAsync(turn.Turn, output, cancellationToken);
            await output.CompleteAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.WorkFailed(logger, e, work.Kind, work.Id);
            await ApologizeAsync(output, cancellationToken);
        }
        await followUps.AcceptTurnPagesAsync(work.Id, turn.Reply, output.Unsent, output.DmNoted, cancellationToken);
        await output.HandedOverAsync(cancellationToken);
    }

    private async Task ApologizeAsync(SlackTurnOutput output, CancellationToken cancellationToken)
    {
        try
        {
            await output.SendAsync(BotMessage.Plain("Sorry, something went wrong on my side. Please try again."), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            Log.ApologyFailed(logger, e);
        }
    }
}
