using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>"my tickets": the user's open tickets, most urgent and soonest due first, each one tap from its card.</summary>
public static class MyTicketsCard
{
    public const int MaxShown = 10;

    public static AdaptiveCard Build(string who, IReadOnlyList<Ticket> tickets)
    {
        var ordered = tickets.OrderByDescending(t => t.Priority).ThenBy(t => t.EstCloseDate).ThenBy(t => t.Number).ToList();
        var more = ordered.Count > MaxShown ? [new TextBlock($"+{ordered.Count - MaxShown} more: open them with \"ticket <number>\".") { Size = "Small", IsSubtle = true }] : Array.Empty<CardElement>();
        return new AdaptiveCard
        {
            FallbackText = $"{who}: {tickets.Count} open tickets",
            Body =
            [
                new TextBlock($"Open tickets of {who} ({tickets.Count})") { Weight = "Bolder", Size = "Medium" },
                .. ordered.Count == 0 ? [new TextBlock("Nothing open. Type \"new ticket\" to start one.")] : Array.Empty<CardElement>(),
                .. ordered.Take(MaxShown).Select(Row),
                .. more,
            ],
        };
    }

    private static Container Row(Ticket t) => new(
    [
        new TextBlock($"#{TicketCard.Number(t)} [{t.Type.Badge()}] {CardText.Escape(t.Title)}") { Weight = "Bolder", Size = "Small" },
        new TextBlock($"{t.Stage.Name()} · {t.Priority} · close by {PlanCards.Iso(t.EstCloseDate)}") { IsSubtle = true, Size = "Small", Spacing = "None" },
        new ActionSet([TicketCard.ShowButton(t.Number, $"Open #{TicketCard.Number(t)}")]),
    ])
    { Separator = true };
}
