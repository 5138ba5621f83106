using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Collects what the bot says in a turn, for scripted conversation tests.</summary>
public sealed class RecordingTurnOutput : ITurnOutput
{
    public List<BotMessage> Sent { get; } = [];
    public List<AdaptiveCard> Replaced { get; } = [];

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        Sent.Add(message);
        return Task.FromResult<string?>($"m{Sent.Count}");
    }

    public Task ReplaceCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        Replaced.Add(card);
        return Task.CompletedTask;
    }
}
