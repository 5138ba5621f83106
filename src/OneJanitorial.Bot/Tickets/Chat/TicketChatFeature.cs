using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// Ticket words and buttons: "new ticket" (or the welcome card's New ticket) offers the quick and the full intake
/// ("quick ticket" / "full ticket" start one directly), "ticket 42" shows a
/// ticket, "my tickets" lists the user's open ones; the ticket card's buttons move, close and complete the checklist.
/// </summary>
public sealed partial class TicketChatFeature(DialogRunner runner, TicketActions actions) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs =>
        [TicketVerbs.NewTicket, TicketVerbs.StartIntake, TicketVerbs.StartQuick, TicketVerbs.Show, TicketVerbs.Mine, TicketVerbs.Move, TicketVerbs.Close, TicketVerbs.Closure, TicketVerbs.SaveClosure, TicketVerbs.EditNote];

    public override bool ClaimsText(IncomingTurn turn) =>
        NewTicket().IsMatch(turn.Text ?? "") || QuickOrFull().IsMatch(turn.Text ?? "") || ShowTicket().IsMatch(turn.Text ?? "") || MyTickets().IsMatch(turn.Text ?? "");

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (turn.Kind == TurnKind.Message)
        {
            var text = turn.Text ?? "";
            if (ShowTicket().Match(text) is { Success: true } show)
            {
                return actions.ShowAsync(TicketNumbers.Parse(show.Groups["n"].Value)!.Value, output, cancellationToken);
            }
            if (QuickOrFull().Match(text) is { Success: true } kind)
            {
                return runner.BeginAsync(turn, output, IsQuick(kind.Groups["kind"].Value) ? QuickIntakeDialog.DialogId : IntakeDialog.DialogId, cancellationToken);
            }
            return MyTickets().IsMatch(text)
                ? actions.MineAsync(turn, output, cancellationToken)
                : output.SendAsync(BotMessage.WithView(NewTicketCard.Build()), cancellationToken);
        }
        if (turn.Is(TicketVerbs.NewTicket))
        {
            return output.SendAsync(BotMessage.WithView(NewTicketCard.Build()), cancellationToken);
        }
        if (turn.Is(TicketVerbs.StartIntake) || turn.Is(TicketVerbs.StartQuick))
        {
            return runner.BeginAsync(turn, output, turn.Is(TicketVerbs.StartQuick) ? QuickIntakeDialog.DialogId : IntakeDialog.DialogId, cancellationToken);
        }
        if (turn.Is(TicketVerbs.Mine))
        {
            return actions.MineAsync(turn, output, cancellationToken);
        }
        return NumberOf(turn.Data) is { } number
            ? OnTicketButtonAsync(turn, number, output, cancellationToken)
            : output.SendAsync(BotMessage.Plain("That button does not say which ticket; type \"ticket <number>\"."), cancellationToken);
    }

    private Task OnTicketButtonAsync(IncomingTurn turn, long n, ITurnOutput output, CancellationToken cancellationToken) => turn switch
    {
        _ when turn.Is(TicketVerbs.Show) => actions.ShowAsync(n, output, cancellationToken),
        _ when turn.Is(TicketVerbs.Move) => actions.MoveAsync(turn, n, output, cancellationToken),
        _ when turn.Is(TicketVerbs.Close) => actions.CloseAsync(turn, n, output, cancellationToken),
        _ when turn.Is(TicketVerbs.Closure) => actions.ChecklistAsync(n, output, cancellationToken),
        _ when turn.Is(TicketVerbs.SaveClosure) => actions.SaveChecklistAsync(turn, n, output, cancellationToken),
        _ when turn.Is(TicketVerbs.EditNote) => runner.BeginAsync(turn, output, MasterNoteDialog.DialogId, new JsonObject { ["ticket"] = n }, cancellationToken),
        _ => output.SendAsync(BotMessage.Plain("I don't know that ticket button."), cancellationToken),
    };

    private static long? NumberOf(JsonObject? data) => TicketNumbers.Parse((data?[TicketCard.TicketKey] as JsonValue)?.ToString());

    [GeneratedRegex(@"^\s*(new|open|create|start)\s+(a\s+)?ticket\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NewTicket();

    private static bool IsQuick(string kind) => kind.Equals("quick", StringComparison.OrdinalIgnoreCase);

    /// <summary>"quick ticket", "new full ticket": straight into that intake, without the choice.</summary>
    [GeneratedRegex(@"^\s*((new|open|create|start)\s+(a\s+)?)?(?<kind>quick|full)\s+ticket\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuickOrFull();

    [GeneratedRegex(@"^\s*(show\s+)?ticket\s+#?(?<n>\d{1,18})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowTicket();

    [GeneratedRegex(@"^\s*(show\s+)?my\s+(open\s+)?tickets\s*[.?!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MyTickets();
}
