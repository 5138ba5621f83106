using System.Globalization;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>"ticket 42": the ticket at a glance, what closing still needs, and what the CSR can do next.</summary>
public static class TicketCard
{
    public const string ShowVerb = "ticket.show";
    public const string MineVerb = "ticket.mine";
    public const string MoveVerb = "ticket.move";
    public const string CloseVerb = "ticket.close";
    public const string ClosureVerb = "ticket.closure";
    public const string EditNoteVerb = "ticket.note";
    public const string TicketKey = "ticket";
    public const string StageInput = "stage";

    /// <summary>The closure items listed on the card; the refusal on Close lists all of them.</summary>
    public const int MissingShown = 5;

    public static AdaptiveCard Build(Ticket ticket, IReadOnlyList<string> missing)
    {
        var moves = TicketStages.AllowedMoves(ticket.Type, ticket.Stage);
        return new AdaptiveCard
        {
            FallbackText = $"Ticket {Number(ticket)}: {ticket.Title}",
            Body =
            [
                new TextBlock($"#{Number(ticket)} · [{ticket.Type.Badge()}] · {ticket.Stage.Name()}") { IsSubtle = true, Size = "Small" },
                new TextBlock(CardText.Escape(ticket.Title)) { Weight = "Bolder" },
                new FactSet(Facts(ticket)),
                .. Missing(ticket, missing),
                .. Move(ticket, moves),
            ],
            Actions = Buttons(ticket),
        };
    }

    public static SubmitAction ShowButton(long number, string title) => new(title, CardData.For(ShowVerb, (TicketKey, Id(number))));

    public static SubmitAction Button(string title, string verb, long number) => new(title, CardData.For(verb, (TicketKey, Id(number))));

    public static string Number(Ticket ticket) => Id(ticket.Number);

    public static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);

    // Not "-": a lone dash is an empty bullet list in the card's markdown.
    private const string NotSet = "not set";

    private static List<Fact> Facts(Ticket ticket)
    {
        var n = ticket.Note;
        List<Fact> facts =
        [
            new("Priority", ticket.Priority.ToString()),
            new("Dates", $"created {PlanCards.Iso(ticket.CreateDate)}, close by {PlanCards.Iso(ticket.EstCloseDate)}"),
            new("Strike", ticket.Type.CountsAsServiceIssue() ? $"{ticket.StrikeNumber} of 3" : "not a strike"),
            new("Bucket", (n.IssueBucket ?? ticket.Bucket)?.Code() ?? NotSet),
            new("Owner / CSR", CardText.Escape($"{ticket.Owner} / {ticket.Csr ?? NotSet}")),
            new("Issue", CardText.Escape(n.Issue ?? NotSet)),
            new("Solution", CardText.Escape(n.SolutionAndPrevention ?? NotSet)),
        ];
        if (ticket.ServiceDate is { } served)
        {
            facts.Insert(1, new("Service affected", PlanCards.Iso(served) + (ticket.AttachmentsReceived == true ? " (attachments received)" : "")));
        }
        if (n.FollowUpCallAt is { } call)
        {
            facts.Add(new("Follow-up call", FollowUp(call, ticket.TimeZone)));
        }
        if (ticket.Type.CountsAsServiceIssue())
        {
            facts.Add(new("Cleaner email", CardText.Escape(ticket.CleanerEmail ?? "not set: add it under Master note (the recap needs it)")));
        }
        return facts;
    }

    /// <summary>The call in the building's zone, named, as the cleaner recap states it; the stored offset when there is no zone.</summary>
    private static string FollowUp(DateTimeOffset call, string? zone) =>
        TimeZones.Find(zone) is { } found
            ? TimeZoneInfo.ConvertTime(call, found).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({zone!.Replace('_', ' ')})"
            : call.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static IEnumerable<CardElement> Missing(Ticket ticket, IReadOnlyList<string> missing)
    {
        if (ticket.IsClosed)
        {
            return [new TextBlock("Closed " + ticket.ClosedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { Color = "Good", Weight = "Bolder" }];
        }
        var closeButtons = new ActionSet([Button("Close", CloseVerb, ticket.Number), Button("Closure checklist", ClosureVerb, ticket.Number)]);
        if (missing.Count == 0)
        {
            return [new TextBlock("Ready to close: the closure checklist is complete.") { Color = "Good", Weight = "Bolder" }, closeButtons];
        }
        var more = missing.Count > MissingShown ? [new TextBlock($"+{missing.Count - MissingShown} more") { Size = "Small", IsSubtle = true }] : Array.Empty<CardElement>();
        return
        [
            new TextBlock($"Missing for closure ({missing.Count}):") { Color = "Warning", Weight = "Bolder" },
            .. missing.Take(MissingShown).Select(m => new TextBlock("• " + m) { Size = "Small", Spacing = "None" }),
            .. more,
            closeButtons,
        ];
    }

    /// <summary>The stage drop-down with its Move (or Reopen) button right under it, not at the far end of the action row.</summary>
    private static IEnumerable<CardElement> Move(Ticket ticket, IReadOnlyList<TicketStage> moves) => moves.Count == 0 ? [] :
    [
        .. CardForm.Field("Move to stage",
            new ChoiceSetInput([.. moves.Select(s => new Choice(s.Name(), s.ToString()))]) { Id = StageInput, Value = moves[0].ToString(), Style = "compact" }),
        new ActionSet([Button(ticket.IsClosed ? "Reopen" : "Move", MoveVerb, ticket.Number)]),
    ];

    private static List<CardAction> Buttons(Ticket ticket)
    {
        var actions = new List<CardAction>();
        if (!ticket.IsClosed)
        {
            actions.Add(Button("Master note", EditNoteVerb, ticket.Number));
        }
        // The recap feature's own button verb, so "Recap" opens its preview for this ticket.
        actions.Add(new SubmitAction("Recap", CardData.For(RecapPreviewCard.RegenerateVerb, (TicketKey, Number(ticket)))));
        return actions;
    }
}
