using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Keeps a turn's replies instead of sending them (the Home tab lays them out as one view).</summary>
internal sealed class CapturingTurnOutput : ITurnOutput
{
    private readonly List<BotMessage> _messages = [];

    public IReadOnlyList<BotMessage> Messages => _messages;

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        _messages.Add(message);
        return Task.FromResult<string?>(null);
    }

    public Task ReplaceCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        _messages.Add(BotMessage.WithCard(card));
        return Task.CompletedTask;
    }
}
