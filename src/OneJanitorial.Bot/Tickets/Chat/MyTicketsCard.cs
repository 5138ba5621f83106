using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>"my tickets": the user's open tickets, most urgent and soonest due first, each one tap from its view.</summary>
public static class MyTicketsCard
{
    public const int MaxShown = 10;

    public static View Build(string who, IReadOnlyList<Ticket> tickets)
    {
        var ordered = tickets.OrderByDescending(t => t.Priority).ThenBy(t => t.EstCloseDate).ThenBy(t => t.Number).ToList();
        var more = ordered.Count > MaxShown ? [new Paragraph($"+{ordered.Count - MaxShown} more: open them with \"ticket <number>\".") { Style = TextStyle.Caption }] : Array.Empty<Block>();
        return new View($"{who}: {tickets.Count} open tickets")
        {
            Blocks =
            [
                new Paragraph($"Open tickets of {who} ({tickets.Count})") { Style = TextStyle.Heading },
                .. ordered.Count == 0 ? [new Paragraph("Nothing open. Type \"new ticket\" to start one.")] : Array.Empty<Block>(),
                .. ordered.Take(MaxShown).SelectMany(Row),
                .. more,
            ],
        };
    }

    private static IEnumerable<Block> Row(Ticket t) =>
    [
        new Divider(),
        new Section(
        [
            new Paragraph($"#{TicketCard.Number(t)} [{t.Type.Badge()}] {t.Title}") { Style = TextStyle.SmallStrong },
            new Paragraph($"{t.Stage.Name()} · {t.Priority} · close by {PlanCards.Iso(t.EstCloseDate)}") { Style = TextStyle.Caption, Tight = true },
            new Buttons([TicketCard.ShowButton(t.Number, $"Open #{TicketCard.Number(t)}")]),
        ]),
    ];
}
