using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Collects what the bot says in a turn, as Teams would show it (and the views behind the cards).</summary>
public sealed class RecordingTurnOutput : ITurnOutput
{
    public List<RenderedMessage> Sent { get; } = [];
    public List<AdaptiveCard> Replaced { get; } = [];

    /// <summary>Everything in the order the bot did it; a replaced view is a message with that card and Replaced = true.</summary>
    public List<RecordedReply> InOrder { get; } = [];

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        var rendered = RenderedMessage.Of(message);
        Sent.Add(rendered);
        InOrder.Add(new RecordedReply(rendered, Replaced: false));
        return Task.FromResult<string?>($"m{Sent.Count}");
    }

    public Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        var rendered = RenderedMessage.Of(BotMessage.WithView(view));
        Replaced.Add(rendered.Cards[0]);
        InOrder.Add(new RecordedReply(rendered, Replaced: true));
        return Task.CompletedTask;
    }
}

/// <summary>A message as Teams gets it: Markdown text and Adaptive Cards, with the views they were rendered from.</summary>
public sealed record RenderedMessage(string? Text, IReadOnlyList<AdaptiveCard> Cards, IReadOnlyList<View> Views)
{
    public static RenderedMessage Of(BotMessage message) => new(
        message.Text is null ? null : CardMarkdown.RenderMessage(message.Text),
        [.. message.Views.Select(AdaptiveCardRenderer.Render)],
        message.Views);
}

public sealed record RecordedReply(RenderedMessage Message, bool Replaced);
