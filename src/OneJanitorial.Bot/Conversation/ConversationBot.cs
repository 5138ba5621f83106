using System.Diagnostics;
using OneJanitorial.Bot.Observability;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// The channel-neutral turn handler: every channel adapter calls <see cref="OnTurnAsync"/>. Each turn is one trace
/// span ("turn": channel, turn kind, the feature that handled it; never user text) and counts in onej.turns.
/// </summary>
public sealed class ConversationBot(IEnumerable<ChatFeature> features, TimeProvider clock)
{
    public const string WelcomeFeature = "welcome";
    public const string HelpFeature = "help";

    private readonly ChatFeature[] _features = [.. features.OrderBy(f => f.Order)];

    public async Task OnTurnAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("onej.channel", turn.Channel);
        span?.SetTag("onej.turn.kind", turn.Kind.ToString());
        span?.SetTag("onej.conversation.type", turn.ConversationType);
        var started = clock.GetTimestamp();
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
            BotTelemetry.TurnDuration.Record(clock.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>The name of the feature that handled the turn, or null when none did.</summary>
    private async Task<string?> DispatchAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Kind == TurnKind.Installed || IsHelp(turn))
        {
            await output.SendAsync(BotMessage.WithView(WelcomeCard.Build(), WelcomeCard.Summary), cancellationToken);
            return turn.Kind == TurnKind.Installed ? WelcomeFeature : HelpFeature;
        }
        foreach (var feature in _features)
        {
            if (feature.CanHandle(turn))
            {
                await feature.HandleAsync(turn, output, cancellationToken);
                return feature.Name;
            }
        }
        await output.SendAsync(BotMessage.Plain("I didn't catch that. Type **help** to see what I can do."), cancellationToken);
        return null;
    }

    private static bool IsHelp(IncomingTurn turn)
    {
        if (turn.Verb == WelcomeCard.HelpVerb)
        {
            return true;
        }
        var text = turn.Text?.Trim().TrimEnd('!', '.', '?').ToLowerInvariant();
        return text is "help" or "hi" or "hello" or "hey" or "menu" or "start";
    }
}
