using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

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

    public Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        _messages.Add(BotMessage.WithView(view));
        return Task.CompletedTask;
    }
}
