using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Runs one accepted piece of Slack work: the Home tab, or a turn of <see cref="ConversationBot"/> with its replies
/// going back to Slack. One turn at a time per conversation, through the process's <see cref="IConversationGate"/> that
/// Teams turns and modal submits share (<see cref="SlackConversationGate"/>; so on PostgreSQL across every instance: two
/// events of one channel accepted by two instances, or work an instance took on as stale while its first run goes on),
/// on its own timeout token (on the bot's clock), started when
/// the turn starts running. A turn does not wait for its conversation: when a turn holds it (on another instance, or a
/// modal submit here) it is <see cref="SlackWorkOutcome.Busy"/>, and the worker runs it again shortly, its slot given to
/// other work meanwhile. Once in, the turn renews its claim (<see cref="SlackInbox.TryRenewAsync"/>), so a claim goes
/// stale only when not renewed for a whole run and one more turn timeout (<see cref="SlackInboxWorker.StaleAfter"/>),
/// and a turn whose claim was taken meanwhile is not run (<see cref="SlackWorkOutcome.Lost"/>): the claim that took it
/// runs it, once. <see cref="SlackWorkOutcome.Retry"/> when the work should be tried again: a follow-up Slack did not
/// take, or a run over its timeout (a turn that throws is apologized for and done); a resumed modal submit enters and
/// answers for itself (<see cref="SlackViewSubmissions.ResumeAsync"/>).
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
    SlackConversationGate gate,
    SlackInbox inbox,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackTurnRunner> logger)
{
    public async Task<SlackWorkOutcome> RunAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        if (SlackTurnMapper.ParseObject(work.Payload) is not { } payload)
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return SlackWorkOutcome.Done;
        }
        return work.Kind switch
        {
            SlackWorkKind.FollowUp => await WithinTimeoutAsync(
                work, async ct => await followUps.PostAsync(claim, payload, ct) ? SlackWorkOutcome.Done : SlackWorkOutcome.Retry, cancellationToken),
            SlackWorkKind.Submission => await submissions.ResumeAsync(claim, payload, cancellationToken),
            SlackWorkKind.Event when SlackHomeTab.OpenedBy(payload) is { } homeUser => await WithinTimeoutAsync(work, async ct =>
            {
                await homeTab.PublishAsync(homeUser, ct);
                return SlackWorkOutcome.Done;
            }, cancellationToken),
            _ => await StartTurnAsync(claim, payload, cancellationToken),
        };
    }

    /// <summary>
    /// Enters the turn's conversation if it is free now (else <see cref="SlackWorkOutcome.Busy"/>: the turn never ran),
    /// renews the claim, then runs it alone on its own timeout.
    /// </summary>
    private async Task<SlackWorkOutcome> StartTurnAsync(SlackClaim claim, JsonObject payload, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        if (await TurnOfAsync(work, payload, cancellationToken) is not { } turn)
        {
            Log.WorkIgnored(logger, work.Kind, work.Id);
            return SlackWorkOutcome.Done;
        }
        await using var entered = await gate.TryEnterNowAsync(turn.Turn.ConversationId, cancellationToken);
        if (entered is null)
        {
            return SlackWorkOutcome.Busy;
        }
        if (!await inbox.TryRenewAsync(claim, cancellationToken))
        {
            return SlackWorkOutcome.Lost;
        }
        return await WithinTimeoutAsync(work, ct => RunAloneAsync(work, turn, ct), cancellationToken);
    }

    /// <summary>The turn of an event, a command or an interaction; a button without a channel answers in the user's DM.</summary>
    private async Task<SlackTurn?> TurnOfAsync(SlackWork work, JsonObject payload, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (work.Kind == SlackWorkKind.Interaction)
        {
            await AddDirectMessageChannelAsync(payload, cancellationToken);
        }
        return work.Kind switch
        {
            SlackWorkKind.Event => SlackTurnMapper.FromEvent(payload, now),
            SlackWorkKind.Command => SlackTurnMapper.FromCommand(payload, now),
            _ => SlackTurnMapper.FromInteraction(payload, now),
        };
    }

    /// <summary>Runs <paramref name="run"/> on its own <see cref="SlackOptions.TurnTimeout"/>, started now; over it is <see cref="SlackWorkOutcome.Retry"/>.</summary>
    private async Task<SlackWorkOutcome> WithinTimeoutAsync(SlackWork work, Func<CancellationToken, Task<SlackWorkOutcome>> run, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await run(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.WorkTimedOut(logger, work.Kind, work.Id, options.Value.TurnTimeout.TotalSeconds);
            return SlackWorkOutcome.Retry;
        }
    }

    private async Task<SlackWorkOutcome> RunAloneAsync(SlackWork work, SlackTurn turn, CancellationToken cancellationToken)
    {
        if (await followUps.HasPendingTurnPagesAsync(turn.Reply, cancellationToken))
        {
            return SlackWorkOutcome.Wait; // an earlier turn's kept pages come first (another user's pages only to them do not)
        }
        await RunTurnAsync(work, turn, cancellationToken);
        return SlackWorkOutcome.Done;
    }

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
