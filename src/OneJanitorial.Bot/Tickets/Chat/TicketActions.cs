using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>What the ticket card's buttons and the ticket words do, through <see cref="TicketService"/> (which records every change).</summary>
public sealed class TicketActions(TicketService tickets, IEnumerable<OfferedAction> offered)
{
    public async Task ShowAsync(long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, output, cancellationToken) is { } ticket)
        {
            await output.SendAsync(BotMessage.WithView(Card(ticket)), cancellationToken);
        }
    }

    /// <summary>Open tickets the user created or works (CSR) or owns (owner by name), merged.</summary>
    public async Task MineAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var who = TurnActor.Name(turn);
        var asCsr = await tickets.ListAsync(new TicketQuery(Csr: who), cancellationToken);
        var asOwner = await tickets.ListAsync(new TicketQuery(Owner: who), cancellationToken);
        var mine = asCsr.Concat(asOwner).DistinctBy(t => t.Number).ToList();
        await output.SendAsync(BotMessage.WithView(MyTicketsCard.Build(who, mine)), cancellationToken);
    }

    public async Task MoveAsync(IncomingTurn turn, long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        var input = turn.Data?[TicketCard.StageInput]?.ToString();
        if (!TicketStages.TryParse(input, out var stage))
        {
            await output.SendAsync(BotMessage.Plain("Choose the stage to move to."), cancellationToken);
            return;
        }
        var result = await tickets.MoveStageAsync(number, stage, TurnActor.Name(turn), cancellationToken);
        if (!result.Succeeded)
        {
            await output.SendAsync(BotMessage.Plain(string.Join(" ", result.Problems)), cancellationToken);
            return;
        }
        await output.ReplaceCardAsync(Card(result.Ticket!), cancellationToken);
        await output.SendAsync(BotMessage.Plain($"Ticket {number} moved to {stage.Name()}."), cancellationToken);
    }

    /// <summary>Closes, or answers with the refusal card listing exactly what SOP Step 5 still needs.</summary>
    public async Task CloseAsync(IncomingTurn turn, long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        var result = await tickets.CloseAsync(number, TurnActor.Name(turn), cancellationToken);
        if (result.Succeeded)
        {
            await output.ReplaceCardAsync(Card(result.Ticket!), cancellationToken);
            await output.SendAsync(BotMessage.Plain($"Ticket {number} closed."), cancellationToken);
            return;
        }
        var ticket = await tickets.GetAsync(number, cancellationToken);
        var missing = ticket is null || ticket.IsClosed ? [] : ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure);
        await output.SendAsync(missing.Count > 0
            ? BotMessage.WithView(ClosureCards.Refusal(ticket!, missing), $"Ticket {number} can't be closed yet: {ClosureCards.MissingCount(missing)} missing.")
            : BotMessage.Plain(string.Join(" ", result.Problems)), cancellationToken);
    }

    public async Task ChecklistAsync(long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, output, cancellationToken) is { } ticket)
        {
            await output.SendAsync(BotMessage.WithView(ClosureCards.Checklist(ticket, ClosureForm.ToValues(ticket))), cancellationToken);
        }
    }

    /// <summary>
    /// Saves the closure checklist and "solved on first attempt" (into the note) as one change, or says why it was refused;
    /// with Save and close, then closes.
    /// </summary>
    public async Task SaveChecklistAsync(IncomingTurn turn, long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, output, cancellationToken) is not { } ticket)
        {
            return;
        }
        var (values, tooLong) = FieldLimits.Clip(Values(turn));
        if (values.GetValueOrDefault(ClosureCards.VersionKey) != ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            await output.SendAsync(BotMessage.WithView(ClosureCards.Checklist(ticket, ClosureForm.ToValues(ticket)),
                $"Ticket {number} changed since that checklist was opened; nothing was saved. Here it is as it is now."), cancellationToken);
            return;
        }
        var form = new FormReader(values);
        foreach (var (id, problem) in tooLong)
        {
            form.Fail(id, problem);
        }
        var entered = ClosureForm.Read(form, ticket);
        if (!form.Ok)
        {
            await output.ReplaceCardAsync(ClosureCards.Checklist(ticket, values, form.Errors), cancellationToken);
            return;
        }
        var result = await tickets.SaveChecklistAsync(number, ticket.Version, entered.Closure, entered.Note.SolvedOnFirstAttempt, TurnActor.Name(turn), cancellationToken);
        if (!result.Succeeded)
        {
            await output.SendAsync(BotMessage.Plain(string.Join(" ", result.Problems)), cancellationToken);
            return;
        }
        if (values.GetValueOrDefault(ClosureCards.CloseKey) == "yes")
        {
            await CloseAsync(turn, number, output, cancellationToken);
            return;
        }
        await output.ReplaceCardAsync(Card(result.Ticket!), cancellationToken);
        await output.SendAsync(BotMessage.Plain($"Closure checklist of ticket {number} saved."), cancellationToken);
    }

    private View Card(Ticket ticket) => TicketCard.Build(ticket, ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure), offered);

    private static Dictionary<string, string> Values(IncomingTurn turn) =>
        (turn.Data ?? []).Where(p => p.Value is System.Text.Json.Nodes.JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal);

    private async Task<Ticket?> FindAsync(long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            await output.SendAsync(BotMessage.Plain($"I can't find ticket {number}."), cancellationToken);
        }
        return ticket;
    }
}
