using System.Text.Json;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Runs one inbound activity: drops redeliveries, serializes turns per conversation, stores the
/// conversation reference, and gives the turn to <see cref="ConversationBot"/> on its own timeout
/// token (never the HTTP request's, so a client hanging up does not cut a turn in half).
/// </summary>
public sealed class TeamsTurnRunner(
    ConversationBot bot,
    ConnectorClient connector,
    ConversationReferences references,
    TeamsInstallations installations,
    ActivityDeduplicator deduplicator,
    ConversationGate gate,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<TeamsTurnRunner> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task<TurnResult> RunAsync(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null)
        {
            return TurnResult.Ok;
        }
        if (activity.Id is { } id && !deduplicator.TryRegister(conversationId, id))
        {
            Log.RedeliveryDropped(logger, activity.Type, id);
            return TurnResult.Ok;
        }

        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        try
        {
            using var turn = await gate.EnterAsync(conversationId, timeout.Token);
            await RememberAsync(activity, timeout.Token);
            return await DispatchAsync(activity, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Log.TurnTimedOut(logger, activity.Type, options.Value.TurnTimeout.TotalSeconds);
            return IsInvoke(activity) ? Invoke(InvokeResponseBody.MessageType, "Sorry, that took too long. Please try again.") : TurnResult.Ok;
        }
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
        var output = new TeamsTurnOutput(connector, activity);
        try
        {
            await bot.OnTurnAsync(turn, output, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.TurnFailed(logger, e, activity.Type, turn.Kind);
            return IsInvoke(activity)
                ? Invoke(InvokeResponseBody.ErrorType, new InvokeError("InternalError", "Something went wrong."), StatusCodes.Status500InternalServerError)
                : await ApologizeAsync(output, cancellationToken);
        }
        if (!IsInvoke(activity))
        {
            return TurnResult.Ok;
        }
        return output.InvokeCard is { } card
            ? new TurnResult(StatusCodes.Status200OK, new InvokeResponseBody(StatusCodes.Status200OK, InvokeResponseBody.CardType, CardJson.ToElement(card)))
            : Invoke(InvokeResponseBody.MessageType, "Done.");
    }

    private async Task<TurnResult> ApologizeAsync(TeamsTurnOutput output, CancellationToken cancellationToken)
    {
        try
        {
            await output.SendAsync(BotMessage.Plain("Sorry, something went wrong on my side. Please try again."), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            Log.ApologyFailed(logger, e);
        }
        return TurnResult.Ok;
    }

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
