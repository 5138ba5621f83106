using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>Writes the bot's replies to the terminal and remembers the last card, whose buttons the user can press.</summary>
internal sealed class ConsoleTurnOutput(TextWriter output) : ITurnOutput
{
    public AdaptiveCard? LastCard { get; private set; }

    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            await output.WriteLineAsync("bot> " + message.Text);
        }
        foreach (var card in message.Cards)
        {
            await ShowAsync(card);
        }
        return null;
    }

    public async Task ReplaceCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("bot> (updated card)");
        await ShowAsync(card);
    }

    private async Task ShowAsync(AdaptiveCard card)
    {
        await output.WriteAsync(ConsoleCardRenderer.Render(card));
        if (ConsoleCardRenderer.MenuOf(card).Count > 0)
        {
            LastCard = card;
        }
    }
}
