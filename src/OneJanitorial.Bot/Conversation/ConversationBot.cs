namespace OneJanitorial.Bot.Conversation;

/// <summary>The channel-neutral turn handler: every channel adapter calls <see cref="OnTurnAsync"/>.</summary>
public sealed class ConversationBot(IEnumerable<ChatFeature> features)
{
    private readonly ChatFeature[] _features = [.. features.OrderBy(f => f.Order)];

    public async Task OnTurnAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Kind == TurnKind.Installed)
        {
            await output.SendAsync(BotMessage.WithView(WelcomeCard.Build(), WelcomeCard.Summary), cancellationToken);
            return;
        }

        if (IsHelp(turn))
        {
            await output.SendAsync(BotMessage.WithView(WelcomeCard.Build(), WelcomeCard.Summary), cancellationToken);
            return;
        }

        foreach (var feature in _features)
        {
            if (feature.CanHandle(turn))
            {
                await feature.HandleAsync(turn, output, cancellationToken);
                return;
            }
        }

        await output.SendAsync(BotMessage.Plain("I didn't catch that. Type **help** to see what I can do."), cancellationToken);
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
