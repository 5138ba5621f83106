using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>
/// "my reminders": the reminders waiting in the outbox for the open tickets whose CSR or owner is the user (the chat
/// name, else the user id — as "my tickets" decides), soonest first, at most <see cref="MaxShown"/>.
/// </summary>
public sealed partial class MyRemindersChatFeature(TicketService tickets, ReminderOutbox outbox) : ChatFeature
{
    public const int MaxShown = 10;
    private const int MaxScanned = 2000;

    public override bool ClaimsText(IncomingTurn turn) => Command().IsMatch(turn.Text ?? "");

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var who = string.IsNullOrWhiteSpace(turn.User.Name) ? turn.User.Id : turn.User.Name.Trim();
        var asCsr = await tickets.ListAsync(new TicketQuery(Csr: who), cancellationToken);
        var asOwner = await tickets.ListAsync(new TicketQuery(Owner: who), cancellationToken);
        var mine = asCsr.Concat(asOwner).Select(t => t.Number).ToHashSet();
        var waiting = await outbox.ListAsync([DeliveryState.Pending, DeliveryState.Claimed], MaxScanned, cancellationToken);
        var reminders = waiting.Select(e => e.Reminder).Where(r => mine.Contains(r.TicketNumber)).Take(MaxShown).ToList();
        await output.SendAsync(BotMessage.WithView(MyRemindersCard.Build(reminders)), cancellationToken);
    }

    [GeneratedRegex(@"^\s*(show\s+)?my\s+(upcoming\s+)?reminders\s*[.?!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
