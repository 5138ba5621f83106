using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>Writes the bot's replies to the terminal and remembers the last card, whose buttons the user can press.</summary>
internal sealed class ConsoleTurnOutput(TextWriter output) : ITurnOutput
{
    public AdaptiveCard? LastCard { get; private set; }

    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        if (message.Text is not null)
        {
            await output.WriteLineAsync("bot> " + CardMarkdown.RenderMessage(message.Text));
        }
        foreach (var view in message.Views)
        {
            await ShowAsync(AdaptiveCardRenderer.Render(view));
        }
        return null;
    }

    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("bot> (updated card)");
        await ShowAsync(AdaptiveCardRenderer.Render(view));
    }

    public async Task ShowAsync(AdaptiveCard card)
    {
        await output.WriteAsync(ConsoleCardRenderer.Render(card));
        if (ConsoleCardRenderer.MenuOf(card).Count > 0)
        {
            LastCard = card;
        }
    }
}
