using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary>
/// The terminal channel: typed lines become message turns; a number presses that button of the last card, after
/// asking for the card's inputs, and the result is sent as a CardAction turn with the same data Teams would send.
/// </summary>
public sealed class ConsoleChat(ConversationBot bot, TextReader input, TextWriter output, TimeProvider clock, TurnUser user)
{
    public const string Channel = "console";

    private readonly ConsoleTurnOutput _output = new(output);
    private readonly ConsoleInputPrompter _prompter = new(input, output);

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
        var menu = _output.LastCard is { } card ? ConsoleCardRenderer.MenuOf(card) : [];
        if (int.TryParse(line, out var number) && number >= 1 && number <= menu.Count)
        {
            return await PressAsync(_output.LastCard!, menu[number - 1], cancellationToken);
        }
        await TurnAsync(TurnKind.Message, line, null, cancellationToken);
        return true;
    }

    private async Task<bool> PressAsync(AdaptiveCard card, CardAction action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case OpenUrlAction open:
                await output.WriteLineAsync($"bot> Open in a browser: {open.Url}");
                return true;
            case ShowCardAction show:
                // Buttons of a shown card submit the parent card's inputs too, as in Teams.
                var merged = show.Card with { Body = [.. CardTree.Inputs(card), .. show.Card.Body] };
                await _output.ShowAsync(merged);
                return true;
        }
        var (data, associatedInputs) = action switch
        {
            SubmitAction s => ((JsonObject)s.Data.DeepClone(), s.AssociatedInputs),
            ExecuteAction e => (WithVerb((JsonObject)e.Data.DeepClone(), e.Verb), e.AssociatedInputs),
            _ => throw new InvalidOperationException($"Unsupported action {action.GetType().Name}."),
        };
        if (SendsInputs(data, associatedInputs) && !await FillInputsAsync(card, data, cancellationToken))
        {
            return false;
        }
        await TurnAsync(TurnKind.CardAction, null, data, cancellationToken);
        return true;
    }

    private async Task<bool> FillInputsAsync(AdaptiveCard card, JsonObject data, CancellationToken cancellationToken)
    {
        foreach (var field in CardTree.Inputs(card).Where(i => i.Id is not null))
        {
            var value = await _prompter.AskAsync(card, field, cancellationToken);
            if (value is null)
            {
                return false;
            }
            if (value.Length > 0)
            {
                data[field.Id!] = value;
            }
        }
        return true;
    }

    private static bool SendsInputs(JsonObject data, string? associatedInputs) =>
        !string.Equals(associatedInputs, "none", StringComparison.OrdinalIgnoreCase)
        && CardData.VerbOf(data) is var verb && verb != DialogActions.BackVerb.Name && verb != DialogActions.CancelVerb.Name;

    private static JsonObject WithVerb(JsonObject data, string verb)
    {
        data[CardData.VerbKey] ??= verb;
        return data;
    }

    private Task TurnAsync(TurnKind kind, string? text, JsonObject? data, CancellationToken cancellationToken) =>
        bot.OnTurnAsync(new IncomingTurn(kind, Channel, ConversationId, user, text, data, clock.GetUtcNow()), _output, cancellationToken);
}
