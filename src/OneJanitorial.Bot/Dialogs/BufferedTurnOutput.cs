using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>Holds a dialog turn's replies until its state is saved; a turn that loses the race sends none of them.</summary>
internal sealed class BufferedTurnOutput : ITurnOutput
{
    private readonly List<Func<ITurnOutput, CancellationToken, Task>> _pending = [];

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        _pending.Add((output, ct) => output.SendAsync(message, ct));
        return Task.FromResult<string?>(null);
    }

    public Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        _pending.Add((output, ct) => output.ReplaceCardAsync(view, ct));
        return Task.CompletedTask;
    }

    public async Task FlushAsync(ITurnOutput output, CancellationToken cancellationToken)
    {
        foreach (var send in _pending)
        {
            await send(output, cancellationToken);
        }
        _pending.Clear();
    }
}
