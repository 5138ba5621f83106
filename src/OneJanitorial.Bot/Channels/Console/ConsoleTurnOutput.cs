using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// Writes the bot's replies to the terminal as text (<see cref="ViewTextRenderer"/>) and remembers the last view with
/// buttons, which the user can press. Text goes out as <see cref="VisibleText"/>: an escape sequence in a client name
/// would otherwise drive the operator's terminal.
/// </summary>
internal sealed class ConsoleTurnOutput(TextWriter output) : ITurnOutput
{
    public View? LastView { get; private set; }

    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        if (message.Text is not null)
        {
            await output.WriteLineAsync("bot> " + VisibleText.Strip(ViewTextRenderer.Plain(message.Text)));
        }
        foreach (var view in message.Views)
        {
            await ShowAsync(view);
        }
        return null;
    }

    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("bot> (updated card)");
        await ShowAsync(view);
    }

    private async Task ShowAsync(View view)
    {
        await output.WriteAsync(VisibleText.Strip(ViewTextRenderer.Render(view)));
        if (ViewTextRenderer.MenuOf(view).Count > 0)
        {
            LastView = view;
        }
    }
}
