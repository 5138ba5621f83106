using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>Where a turn's replies go. Each channel implements it over its own wire protocol and renderer.</summary>
public interface ITurnOutput
{
    /// <summary>Sends a message into the conversation; returns the channel's message id when it has one.</summary>
    Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces the view whose button started this turn (in place where the channel can, else as a new message).</summary>
    Task ReplaceCardAsync(View view, CancellationToken cancellationToken);
}
