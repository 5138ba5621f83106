using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "client email 42" picks a client template A–E and previews it filled from the ticket (Template E with its send
/// time); "review 42" applies the SOP's Google review rules to the client's written reply and can set the ticket's
/// review status. Copy text only: nothing is sent or scheduled.
/// </summary>
public sealed partial class ClientEmailChatFeature(
    TicketService tickets,
    ClientTemplates templates,
    IOptions<TicketsOptions> ticketOptions) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs =>
        [RecapVerbs.ClientEmailStart, RecapVerbs.ClientEmailPick, RecapVerbs.ClientEmailCopy, RecapVerbs.ReviewCheck, RecapVerbs.ReviewSet];

    public override bool ClaimsText(IncomingTurn turn) => Command().IsMatch(turn.Text ?? "");

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var command = turn.Verb is null ? Command().Match(turn.Text!) : null;
        var ticketText = command?.Groups["ticket"].Value ?? turn.DataText("ticket");
        if (TicketNumbers.Parse(ticketText) is not { } number || await tickets.GetAsync(number, cancellationToken) is not { } ticket)
        {
            var which = string.IsNullOrWhiteSpace(ticketText) ? "that ticket" : $"ticket {ticketText}";
            await output.SendAsync(BotMessage.Plain($"I can't find {which}. Try \"my tickets\" to see yours."), cancellationToken);
            return;
        }
        var review = command?.Groups["review"].Success == true;
        await (turn switch
        {
            _ when review => output.SendAsync(BotMessage.WithView(ReviewCards.Check(number, ticket.Client)), cancellationToken),
            _ when turn.Verb is null || turn.Is(RecapVerbs.ClientEmailStart) => output.SendAsync(BotMessage.WithView(ClientEmailCards.Pick(number, ticket.Client)), cancellationToken),
            _ when turn.Is(RecapVerbs.ClientEmailPick) => PreviewAsync(turn, ticket, output, cancellationToken),
            _ when turn.Is(RecapVerbs.ClientEmailCopy) => CopyAsync(turn, ticket, output, cancellationToken),
            _ when turn.Is(RecapVerbs.ReviewCheck) => CheckReviewAsync(turn, number, output, cancellationToken),
            _ => SetReviewAsync(turn, ticket, output, cancellationToken),
        });
    }

    private async Task PreviewAsync(IncomingTurn turn, Ticket ticket, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await RenderAsync(turn, ticket, output, cancellationToken) is not { } email)
        {
            return;
        }
        DateTimeOffset? sendAt = null;
        string? note = null;
        if (email.Template == ClientTemplate.E)
        {
            var zone = TicketClientEmail.Zone(ticket);
            sendAt = zone is null ? null : FeedbackCheckInSchedule.SendAt(ticket.Note.NextClean!.Value, zone, ticketOptions.Value.Holidays.ToHashSet());
            note = zone is null ? "The ticket has no client time zone, so I can't work out 8:00 AM the business day after the next clean." : null;
        }
        await output.ReplaceCardAsync(ClientEmailCards.Preview(ticket.Number, email, sendAt, ticket.TimeZone, note), cancellationToken);
    }

    private async Task CopyAsync(IncomingTurn turn, Ticket ticket, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await RenderAsync(turn, ticket, output, cancellationToken) is { } email)
        {
            await output.SendAsync(BotMessage.Copyable($"Subject: {email.Subject}\n\n{email.Body}"), cancellationToken);
        }
    }

    private async Task<ClientEmail?> RenderAsync(IncomingTurn turn, Ticket ticket, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ClientTemplate>(turn.DataText(ClientEmailCards.TemplateInput), ignoreCase: true, out var template)
            || !Enum.IsDefined(template))
        {
            await output.SendAsync(BotMessage.Plain("Pick one of the templates A–E."), cancellationToken);
            return null;
        }
        var missing = TicketClientEmail.Missing(template, ticket);
        if (missing.Count > 0)
        {
            await output.SendAsync(BotMessage.Plain($"{ClientEmailCards.Name(template)} needs the master note's {string.Join(", ", missing)} on ticket {ticket.Number}."), cancellationToken);
            return null;
        }
        return templates.Render(template, TicketClientEmail.Facts(ticket, turn.User.Name ?? ticket.Csr));
    }

    private static Task CheckReviewAsync(IncomingTurn turn, long number, ITurnOutput output, CancellationToken cancellationToken)
    {
        var context = ReviewContextFrom(turn);
        return output.ReplaceCardAsync(ReviewCards.Decision(number, context, ReviewRequestPolicy.Decide(context)), cancellationToken);
    }

    private async Task SetReviewAsync(IncomingTurn turn, Ticket ticket, ITurnOutput output, CancellationToken cancellationToken)
    {
        var context = ReviewContextFrom(turn);
        var decision = ReviewRequestPolicy.Decide(context);
        var closure = ticket.Closure with
        {
            Review = decision.Status,
            NotEligibleReason = decision.Status == ReviewStatus.NotEligible ? decision.Reason : null,
        };
        var result = await tickets.UpdateClosureAsync(ticket.Number, closure, turn.User.Name ?? turn.User.Id, cancellationToken);
        if (!result.Succeeded)
        {
            await output.SendAsync(BotMessage.Plain(string.Join("\n", result.Problems)), cancellationToken);
            return;
        }
        var saved = $"Review status on ticket {ticket.Number} set to {ReviewCards.StatusName(decision.Status)}.";
        await output.ReplaceCardAsync(ReviewCards.Decision(ticket.Number, context, decision, saved), cancellationToken);
    }

    private static ReviewContext ReviewContextFrom(IncomingTurn turn) => new(
        turn.DataText(ReviewCards.ReplyInput),
        Resolved: turn.DataText(ReviewCards.ResolvedInput) != "false",
        Escalated: turn.DataText(ReviewCards.EscalatedInput) == "true",
        Tension: turn.DataText(ReviewCards.TensionInput) == "true");

    [GeneratedRegex(@"^\s*(?:client\s+email|(?<review>review))\s+(?:ticket\s+)?(?<ticket>#?\d+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
