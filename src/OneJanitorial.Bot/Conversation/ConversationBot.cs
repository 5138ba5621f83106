using System.Diagnostics;
using OneJanitorial.Bot.Observability;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// The channel-neutral turn handler: every channel adapter calls <see cref="OnTurnAsync"/>. Each turn is one trace
/// span ("turn": channel, turn kind, the feature that handled it; never user text) and counts in onej.turns.
/// A button goes to the feature that owns its verb (<see cref="VerbRoutes"/>); text to the one feature that claims
/// it, else to the catch-all. Built at start, so a verb claimed twice stops the bot before it takes a turn.
/// </summary>
public sealed class ConversationBot
{
    public const string WelcomeFeature = "welcome";
    public const string HelpFeature = "help";

    private readonly ChatFeature[] _features;
    private readonly ChatFeature? _catchAll;
    private readonly VerbRoutes _routes;
    private readonly OfferedAction[] _offered;
    private readonly TimeProvider _clock;

    /// <param name="offered">Buttons features put on other views; the welcome shows <see cref="ActionPlace.Welcome"/>'s.</param>
    public ConversationBot(IEnumerable<ChatFeature> features, TimeProvider clock, IEnumerable<OfferedAction>? offered = null)
    {
        _features = [.. features];
        _routes = new VerbRoutes(_features, [WelcomeCard.HelpVerb]);
        _offered = [.. offered ?? []];
        if (_offered.FirstOrDefault(o => _routes.OwnerOf(o.Action.Verb.Name) is null) is { } orphan)
        {
            throw new InvalidOperationException($"The offered button '{orphan.Action.Title}' has the verb '{orphan.Action.Verb}', which no feature answers.");
        }
        var catchAlls = _features.Where(f => f.AnswersUnclaimedText).ToArray();
        _catchAll = catchAlls.Length <= 1 ? catchAlls.FirstOrDefault()
            : throw new InvalidOperationException($"Only one feature may answer unclaimed text: {string.Join(", ", catchAlls.Select(f => f.Name))}.");
        _clock = clock;
    }

    public async Task OnTurnAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("onej.channel", turn.Channel);
        span?.SetTag("onej.turn.kind", turn.Kind.ToString());
        span?.SetTag("onej.conversation.type", turn.ConversationType);
        var started = _clock.GetTimestamp();
        var outcome = TurnOutcome.Failed;
        try
        {
            var feature = await DispatchAsync(turn, output, cancellationToken);
            span?.SetTag("onej.feature", feature ?? "none");
            outcome = feature is null ? TurnOutcome.Unrecognized : TurnOutcome.Handled;
        }
        catch (OperationCanceledException)
        {
            outcome = TurnOutcome.Cancelled;
            throw;
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            span?.SetTag("onej.outcome", outcome.ToString());
            var tags = new TagList { { "channel", turn.Channel }, { "outcome", outcome.ToString() } };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(_clock.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>The name of the feature that handled the turn, or null when none did.</summary>
    private async Task<string?> DispatchAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Kind == TurnKind.Installed || IsHelp(turn))
        {
            // A channel shows a message's text and its card as two posts: there the card (its heading says the same) is all.
            var text = turn.ConversationType == "channel" ? null : WelcomeCard.Summary;
            await output.SendAsync(BotMessage.WithView(WelcomeCard.Build(_offered), text), cancellationToken);
            return turn.Kind == TurnKind.Installed ? WelcomeFeature : HelpFeature;
        }
        if (await RouteAsync(turn, cancellationToken) is { } feature)
        {
            await feature.HandleAsync(turn, output, cancellationToken);
            return feature.Name;
        }
        await output.SendAsync(BotMessage.Plain("I didn't catch that. Type **help** to see what I can do."), cancellationToken);
        return null;
    }

    private async ValueTask<ChatFeature?> RouteAsync(IncomingTurn turn, CancellationToken cancellationToken) => turn.Kind switch
    {
        TurnKind.ViewAction => _routes.OwnerOf(turn.Verb),
        TurnKind.Message when !string.IsNullOrWhiteSpace(turn.Text) => await TextOwnerAsync(turn, cancellationToken),
        _ => null,
    };

    /// <summary>Every feature is asked, so two features' commands overlapping is found, not hidden by an order.</summary>
    private async ValueTask<ChatFeature?> TextOwnerAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        var claims = _features.Where(f => f.ClaimsText(turn)).ToArray();
        return claims.Length switch
        {
            0 => await HolderAsync(turn, cancellationToken) ?? _catchAll,
            1 => claims[0],
            _ => throw new InvalidOperationException($"Text is claimed by several features: {string.Join(", ", claims.Select(f => f.Name))}."),
        };
    }

    private async ValueTask<ChatFeature?> HolderAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        foreach (var feature in _features)
        {
            if (await feature.HoldsUnclaimedTextAsync(turn, cancellationToken))
            {
                return feature;
            }
        }
        return null;
    }

    private static bool IsHelp(IncomingTurn turn)
    {
        if (turn.Is(WelcomeCard.HelpVerb))
        {
            return true;
        }
        var text = turn.Text?.Trim().TrimEnd('!', '.', '?').ToLowerInvariant();
        return text is "help" or "hi" or "hello" or "hey" or "menu" or "start";
    }
}
