using OneJanitorial.Bot.Cards;
using static OneJanitorial.Bot.Tickets.Chat.ClosureForm;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The closure checklist card (SOP Step 5) and the refusal when Close is pressed too early.</summary>
public static class ClosureCards
{
    public const string SaveVerb = "ticket.closure.save";
    public const string VersionKey = "version";
    public const string CloseKey = "close";

    public static AdaptiveCard Checklist(Ticket ticket, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors = null)
    {
        var f = new CardFields(values, errors);
        var noteMissing = MasterNoteRules.Validate(ticket.Note, ticket.Type, MasterNotePhase.Close)
            .Count(p => p.Field != MasterNoteField.SolvedOnFirstAttempt);
        return new AdaptiveCard
        {
            FallbackText = $"Closure checklist for ticket {TicketCard.Number(ticket)}",
            Body =
            [
                new TextBlock($"Close #{TicketCard.Number(ticket)} — closure checklist") { Weight = "Bolder", Size = "Medium" },
                .. f.FormError(),
                // "1 ·" rather than "1.": a TextBlock starting "1. " is an ordered list in markdown and renders indented.
                .. f.Choice(Confirmation, "1 · Client confirmation", Confirmations, required: true),
                new TextBlock(noteMissing == 0 ? "2 · Master note: complete" : $"2 · Master note: {noteMissing} fields missing (use Master note)")
                    { Color = noteMissing == 0 ? "Good" : "Warning", Weight = "Bolder", Spacing = "Medium" },
                .. f.YesNo(MasterNoteForm.SolvedFirstAttempt, "Problem solved on first attempt?"),
                .. f.Toggle(RootCause, "3 · Root cause", "Root-cause accountability documented"),
                .. f.Toggle(Management, "4 · Management visibility", "Edgar, Peter, Taylor tagged in the note"),
                .. f.Toggle(LongTermPlan, "5 · Long-term plan", "Long-term resolution plan in place"),
                .. f.Choice(Review, "6 · Review status", Reviews, required: true),
                .. f.Text(NotEligibleReason, "If Not Eligible: why"),
                .. ticket.Type.IsRecurring() ? Recurring(f) : [],
            ],
            Actions =
            [
                new SubmitAction("Close", Data(ticket, close: true)),
                new SubmitAction("Save", Data(ticket, close: false)),
                TicketCard.ShowButton(ticket.Number, $"Open #{TicketCard.Number(ticket)}"),
            ],
        };
    }

    public static AdaptiveCard Refusal(Ticket ticket, IReadOnlyList<string> missing) => new()
    {
        FallbackText = $"Ticket {TicketCard.Number(ticket)} cannot be closed yet: {missing.Count} items missing",
        Body =
        [
            new TextBlock($"Ticket #{TicketCard.Number(ticket)} can't be closed yet") { Weight = "Bolder", Size = "Medium", Color = "Attention" },
            new TextBlock($"SOP Step 5: complete these {missing.Count} items first.") { Size = "Small" },
            .. Grouped(missing).Select(m => new TextBlock("• " + m) { Size = "Small", Spacing = "None" }),
        ],
        Actions =
        [
            TicketCard.Button("Checklist", TicketCard.ClosureVerb, ticket.Number),
            TicketCard.Button("Master note", TicketCard.EditNoteVerb, ticket.Number),
            TicketCard.ShowButton(ticket.Number, "Open ticket"),
        ],
    };

    /// <summary>
    /// Items sharing a "Topic: " prefix (the master-note fields, the recurring-issue details) as one wrapped line per topic,
    /// in first-seen order, so all of them still show but the list fits a phone screen.
    /// </summary>
    public static IEnumerable<string> Grouped(IReadOnlyList<string> missing)
    {
        var byTopic = missing.Where(m => Topic(m) is not null).GroupBy(m => Topic(m)!).Where(g => g.Count() >= 3).ToDictionary(g => g.Key, g => g.ToList());
        var shown = new HashSet<string>();
        foreach (var item in missing)
        {
            if (Topic(item) is not { } topic || !byTopic.TryGetValue(topic, out var items))
            {
                yield return item;
            }
            else if (shown.Add(topic))
            {
                yield return $"{topic} ({items.Count}): {string.Join(" · ", items.Select(i => Detail(i, topic)))}";
            }
        }
    }

    private static string? Topic(string item) => item.IndexOf(": ", StringComparison.Ordinal) is > 0 and < 30 and var at ? item[..at] : null;

    private static string Detail(string item, string topic) => item[(topic.Length + 2)..].Replace(" is required.", "", StringComparison.Ordinal).TrimEnd('.');

    private static IEnumerable<CardElement> Recurring(CardFields f) =>
    [
        new TextBlock("Recurring issue (R1 / BCO) details") { Weight = "Bolder", Spacing = "Large" },
        .. f.Date(FirstOccurrence, "Date of first occurrence"),
        .. f.Text(OriginalPlan, "Original resolution plan + why it failed", multiline: true),
        .. f.Text(FailedAgain, "Why it failed again on the next clean", multiline: true),
        .. f.Text(CleanerExplanation, "Cleaner's explanation for not resolving it", multiline: true),
        .. f.Text(PerformanceReview, "Cleaner performance review (last 6 months)", multiline: true),
        .. f.Text(AccountabilityTaken, "Accountability taken"),
        .. f.Text(RemovalDecision, "Removal decision (aligned with the Cleaner Avatar)"),
    ];

    private static System.Text.Json.Nodes.JsonObject Data(Ticket ticket, bool close) => CardData.For(SaveVerb,
        (TicketCard.TicketKey, TicketCard.Number(ticket)),
        (VersionKey, ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (CloseKey, close ? "yes" : null));
}
