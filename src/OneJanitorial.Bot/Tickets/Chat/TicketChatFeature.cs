using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// Ticket words and buttons: "new ticket" (or the welcome card's New ticket) starts the intake, "ticket 42" shows a
/// ticket, "my tickets" lists the user's open ones; the ticket card's buttons move, close and complete the checklist.
/// </summary>
public sealed partial class TicketChatFeature(DialogRunner runner, TicketActions actions) : ChatFeature
{
    public override int Order => 30;

    public override bool CanHandle(IncomingTurn turn) => turn.Kind switch
    {
        TurnKind.CardAction => turn.Verb is WelcomeCard.NewTicketVerb || (turn.Verb?.StartsWith("ticket.", StringComparison.Ordinal) ?? false),
        TurnKind.Message => NewTicket().IsMatch(turn.Text ?? "") || ShowTicket().IsMatch(turn.Text ?? "") || MyTickets().IsMatch(turn.Text ?? ""),
        _ => false,
    };

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Kind == TurnKind.Message)
        {
            var text = turn.Text ?? "";
            if (ShowTicket().Match(text) is { Success: true } show)
            {
                return actions.ShowAsync(TicketNumbers.Parse(show.Groups["n"].Value)!.Value, output, cancellationToken);
            }
            return MyTickets().IsMatch(text)
                ? actions.MineAsync(turn, output, cancellationToken)
                : runner.BeginAsync(turn, output, IntakeDialog.DialogId, cancellationToken);
        }
        var number = NumberOf(turn.Data);
        return (turn.Verb, number) switch
        {
            (WelcomeCard.NewTicketVerb, _) => runner.BeginAsync(turn, output, IntakeDialog.DialogId, cancellationToken),
            (TicketCard.MineVerb, _) => actions.MineAsync(turn, output, cancellationToken),
            (_, null) => output.SendAsync(BotMessage.Plain("That button does not say which ticket; type \"ticket <number>\"."), cancellationToken),
            (TicketCard.ShowVerb, { } n) => actions.ShowAsync(n, output, cancellationToken),
            (TicketCard.MoveVerb, { } n) => actions.MoveAsync(turn, n, output, cancellationToken),
            (TicketCard.CloseVerb, { } n) => actions.CloseAsync(turn, n, output, cancellationToken),
            (TicketCard.ClosureVerb, { } n) => actions.ChecklistAsync(n, output, cancellationToken),
            (ClosureCards.SaveVerb, { } n) => actions.SaveChecklistAsync(turn, n, output, cancellationToken),
            (TicketCard.EditNoteVerb, { } n) => runner.BeginAsync(turn, output, MasterNoteDialog.DialogId, new JsonObject { ["ticket"] = n }, cancellationToken),
            _ => output.SendAsync(BotMessage.Plain("I don't know that ticket button."), cancellationToken),
        };
    }

    private static long? NumberOf(JsonObject? data) => TicketNumbers.Parse((data?[TicketCard.TicketKey] as JsonValue)?.ToString());

    [GeneratedRegex(@"^\s*(new|open|create|start)\s+(a\s+)?ticket\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NewTicket();

    [GeneratedRegex(@"^\s*(show\s+)?ticket\s+#?(?<n>\d{1,18})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowTicket();

    [GeneratedRegex(@"^\s*(show\s+)?my\s+(open\s+)?tickets\s*[.?!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MyTickets();
}
