using System.Text.Json;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Runs one inbound activity: serializes turns per conversation, drops redeliveries of activities already
/// processed, stores the conversation reference, and gives the turn to <see cref="ConversationBot"/> on its own
/// timeout token, started when the turn starts running (never the HTTP request's, so a client hanging up does not
/// cut a turn in half). An activity counts as processed only once its turn ran; when storage is down the user is
/// told, the answer is 503 and a redelivery runs the turn again; the replies an earlier run sent are not sent again
/// (<see cref="TurnDeliveryLog"/>, by conversation and activity id). A reply the connector cannot take now is kept and
/// sent later (<see cref="TeamsOutbox"/>; not while storage is down). A turn that gets no answer is logged with its
/// activity id and counted (<see cref="TeamsMetrics"/>).
/// </summary>
public sealed class TeamsTurnRunner(
    ConversationBot bot,
    ConnectorClient connector,
    ConversationReferences references,
    TeamsInstallations installations,
    IProcessedActivities processed,
    IConversationGate gate,
    TurnDeliveries deliveries,
    TeamsOutbox outbox,
    Database database,
    TeamsMetrics metrics,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<TeamsTurnRunner> logger)
{
    public const string ChannelName = "teams";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    public const string StorageDownText = "Sorry, I can't reach my storage right now, so I couldn't do that. Please try again in a minute.";

    public async Task<TurnResult> RunAsync(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null)
        {
            return TurnResult.Ok;
        }
        using var queued = new CancellationTokenSource(options.Value.TurnQueueTimeout, clock);
        IAsyncDisposable turn;
        try
        {
            turn = await gate.EnterAsync(conversationId, queued.Token);
        }
        catch (OperationCanceledException) when (queued.IsCancellationRequested)
        {
            Dropped(activity, TurnDropReason.QueueTimeout);
            return IsInvoke(activity) ? Invoke(InvokeResponseBody.MessageType, "Sorry, I'm busy with your earlier messages. Please try again.") : TurnResult.Ok;
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            return await StorageDownAsync(activity, e);
        }
        await using (turn)
        {
            return await RunAloneAsync(activity, conversationId);
        }
    }

    private async Task<TurnResult> RunAloneAsync(Activity activity, string conversationId)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        try
        {
            if (activity.Id is { } id && await processed.ContainsAsync(conversationId, id, timeout.Token))
            {
                Log.RedeliveryDropped(logger, activity.Type, id);
                return TurnResult.Ok;
            }
            await RememberAsync(activity, timeout.Token);
            var result = await DispatchAsync(activity, timeout.Token);
            await MarkProcessedAsync(activity, conversationId);
            if (TurnIdOf(activity) is { } turnId)
            {
                deliveries.Completed(ChannelName, turnId);
            }
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Log.TurnTimedOut(logger, activity.Type, options.Value.TurnTimeout.TotalSeconds);
            Dropped(activity, TurnDropReason.TurnTimeout);
            // Part of the turn may have been saved: running it again could do that part twice.
            await MarkProcessedAsync(activity, conversationId);
            return IsInvoke(activity) ? Invoke(InvokeResponseBody.MessageType, "Sorry, that took too long. Please try again.") : TurnResult.Ok;
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            return await StorageDownAsync(activity, e);
        }
    }

    /// <summary>Storage is down: reset its connections, tell the user, and leave the activity unprocessed so a redelivery runs it.</summary>
    private async Task<TurnResult> StorageDownAsync(Activity activity, Exception error)
    {
        Log.StorageDown(logger, error, activity.Type, activity.Id);
        database.ResetConnections();
        Dropped(activity, TurnDropReason.StorageDown);
        if (IsInvoke(activity))
        {
            return Invoke(InvokeResponseBody.ErrorType, new InvokeError("ServiceUnavailable", StorageDownText), StatusCodes.Status503ServiceUnavailable);
        }
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        try
        {
            await new TeamsTurnOutput(connector, activity, deliveries.For(ChannelName, null), null, logger).SendAsync(BotMessage.Plain(StorageDownText), timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            Log.ApologyFailed(logger, e);
        }
        return new TurnResult(StatusCodes.Status503ServiceUnavailable);
    }

    private async Task MarkProcessedAsync(Activity activity, string conversationId)
    {
        if (activity.Id is not { } id)
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
            await processed.AddAsync(conversationId, id, timeout.Token);
        }
        catch (Exception e) when (StorageFaults.IsOutage(e) || e is OperationCanceledException)
        {
            // The turn ran and answered; only a redelivery of it could now run twice.
            Log.MarkProcessedFailed(logger, e, activity.Type, id);
        }
    }

    private void Dropped(Activity activity, TurnDropReason reason)
    {
        Log.TurnDropped(logger, activity.Type, activity.Id, reason);
        metrics.TurnDropped(reason);
    }

    private async Task<TurnResult> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.MessageReaction:
                Log.ReactionReceived(logger, Reactions(activity.ReactionsAdded), Reactions(activity.ReactionsRemoved));
                return TurnResult.Ok;
            case ActivityTypes.InstallationUpdate when activity.Action is "remove":
                await installations.ForgetAsync(activity.Conversation!.Id!, cancellationToken);
                return TurnResult.Ok;
            case ActivityTypes.Invoke when activity.Name != AdaptiveCardActionInvoke:
                Log.InvokeNotImplemented(logger, activity.Name);
                return TurnResult.NotImplemented;
            case ActivityTypes.Invoke when !HasExecuteAction(activity):
                return Invoke(InvokeResponseBody.ErrorType, new InvokeError("BadRequest", "The invoke has no Action.Execute."), StatusCodes.Status400BadRequest);
        }

        var turn = TeamsActivityMapper.ToTurn(activity, clock.GetUtcNow());
        if (turn is null)
        {
            Log.ActivityIgnored(logger, activity.Type);
            return TurnResult.Ok;
        }
        if (turn.Kind == TurnKind.Installed && !await installations.TryMarkInstalledAsync(turn.ConversationId, cancellationToken))
        {
            Log.AlreadyInstalled(logger, activity.Type);
            return TurnResult.Ok;
        }
        return await RunTurnAsync(activity, turn, cancellationToken);
    }

    private async Task<TurnResult> RunTurnAsync(Activity activity, IncomingTurn turn, CancellationToken cancellationToken)
    {
        var output = new TeamsTurnOutput(connector, activity, DeliveriesOf(activity), outbox, logger);
        try
        {
            await bot.OnTurnAsync(turn, output, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && !StorageFaults.IsOutage(e))
        {
            Log.TurnFailed(logger, e, activity.Type, turn.Kind);
            return IsInvoke(activity)
                ? Invoke(InvokeResponseBody.ErrorType, new InvokeError("InternalError", "Something went wrong."), StatusCodes.Status500InternalServerError)
                : await ApologizeAsync(activity, output, cancellationToken);
        }
        if (!IsInvoke(activity))
        {
            return TurnResult.Ok;
        }
        return output.InvokeCard is { } card
            ? new TurnResult(StatusCodes.Status200OK, new InvokeResponseBody(StatusCodes.Status200OK, InvokeResponseBody.CardType, CardJson.ToElement(card)))
            : Invoke(InvokeResponseBody.MessageType, "Done.");
    }

    private async Task<TurnResult> ApologizeAsync(Activity activity, TeamsTurnOutput output, CancellationToken cancellationToken)
    {
        try
        {
            await output.SendAsync(BotMessage.Plain("Sorry, something went wrong on my side. Please try again."), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            Log.ApologyFailed(logger, e);
            Dropped(activity, TurnDropReason.ConnectorFailed);
        }
        return TurnResult.Ok;
    }

    /// <summary>The delivery log of the activity's turn: a redelivery has the same conversation and activity id.</summary>
    private TurnDeliveryLog DeliveriesOf(Activity activity) => deliveries.For(ChannelName, TurnIdOf(activity));

    private static string? TurnIdOf(Activity activity) => activity.Id is { } id ? $"{activity.Conversation!.Id}/{id}" : null;

    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReference.From(activity) is { } reference)
        {
            await references.SaveAsync(reference, cancellationToken);
        }
    }

    private static bool IsInvoke(Activity activity) => activity.Type == ActivityTypes.Invoke;

    private static bool HasExecuteAction(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object;

    /// <summary>An Action.Execute answer that shows a message banner on the card.</summary>
    private static TurnResult Invoke(string type, string message) =>
        new(StatusCodes.Status200OK, new InvokeResponseBody(StatusCodes.Status200OK, type, JsonSerializer.SerializeToElement(message, TeamsJsonContext.Default.String)));

    /// <summary>Errors carry their status both on HTTP and in the body, as the Universal Actions spec expects.</summary>
    private static TurnResult Invoke(string type, InvokeError error, int statusCode) =>
        new(statusCode, new InvokeResponseBody(statusCode, type, JsonSerializer.SerializeToElement(error, TeamsJsonContext.Default.InvokeError)));

    private static string Reactions(List<MessageReaction>? reactions) =>
        reactions is null ? "" : string.Join(",", reactions.Select(r => r.Type));
}
