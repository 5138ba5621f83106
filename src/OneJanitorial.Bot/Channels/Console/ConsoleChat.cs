using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// The terminal channel: typed lines become message turns; a number presses that button of the last view, after asking
/// for the view's form fields (from their declaration), and the press is sent as an action turn: the verb, the
/// button's payload and the fields' values, all as text, as every channel sends them.
/// </summary>
public sealed class ConsoleChat(ConversationBot bot, TextReader input, TextWriter output, TimeProvider clock, TurnUser user)
{
    public const string Channel = "console";

    private readonly ConsoleTurnOutput _output = new(output);
    private readonly ConsoleFieldPrompter _prompter = new(input, output);

    /// <summary>One conversation per user, so a restarted chat continues the same dialogs.</summary>
    public string ConversationId => "console-" + user.Id;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("One Janitorial CSR assistant (terminal). Type a message, a number to press a button, or quit.");
        await TurnAsync(TurnKind.Installed, null, null, cancellationToken);
        while (true)
        {
            await output.WriteAsync("you> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().ToLowerInvariant() is "quit" or "exit")
            {
                await output.WriteLineAsync();
                return 0;
            }
            if (!await HandleLineAsync(line.Trim(), cancellationToken))
            {
                await output.WriteLineAsync();
                return 0;
            }
        }
    }

    /// <summary>False when the input ended in the middle of a form.</summary>
    private async Task<bool> HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        if (line.Length == 0)
        {
            return true;
        }
        var menu = _output.LastView is { } view ? ViewTextRenderer.MenuOf(view) : [];
        if (int.TryParse(line, out var number) && number >= 1 && number <= menu.Count)
        {
            return await PressAsync(_output.LastView!, menu[number - 1], cancellationToken);
        }
        await TurnAsync(TurnKind.Message, line, null, cancellationToken);
        return true;
    }

    private async Task<bool> PressAsync(View view, VerbAction action, CancellationToken cancellationToken)
    {
        var data = new JsonObject { [IncomingTurn.VerbKey] = action.Verb.Name };
        foreach (var (key, value) in action.Payload)
        {
            data[key] = value;
        }
        if (!action.SkipsForm && !await FillFieldsAsync(view, data, cancellationToken))
        {
            return false;
        }
        await TurnAsync(TurnKind.ViewAction, null, data, cancellationToken);
        return true;
    }

    private async Task<bool> FillFieldsAsync(View view, JsonObject data, CancellationToken cancellationToken)
    {
        foreach (var field in ViewTree.Fields(view))
        {
            var value = await _prompter.AskAsync(field, cancellationToken);
            if (value is null)
            {
                return false;
            }
            if (value.Length > 0)
            {
                data[field.Id] = value;
            }
        }
        return true;
    }

    private Task TurnAsync(TurnKind kind, string? text, JsonObject? data, CancellationToken cancellationToken) =>
        bot.OnTurnAsync(new IncomingTurn(kind, Channel, ConversationId, user, text, data, clock.GetUtcNow()), _output, cancellationToken);
}
