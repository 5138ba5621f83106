using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The closure checklist (SOP Step 5) and the refusal when Close is pressed too early.</summary>
public static class ClosureCards
{
    public const string VersionKey = "version";
    public const string CloseKey = "close";

    public static View Checklist(Ticket ticket, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors = null)
    {
        var f = new CardFields(values, errors);
        var noteMissing = MasterNoteRules.Validate(ticket.Note, ticket.Type, MasterNotePhase.Close)
            .Count(p => p.Field != MasterNoteField.SolvedOnFirstAttempt);
        return new View($"Closure checklist for ticket {TicketCard.Number(ticket)}")
        {
            Blocks =
            [
                new Paragraph($"Close #{TicketCard.Number(ticket)} — closure checklist") { Style = TextStyle.Heading },
                .. f.FormError(),
                .. ClosureForm.Confirmation.Render(f),
                new Paragraph(noteMissing == 0 ? "2 · Master note: complete" : $"2 · Master note: {noteMissing} fields missing (use Master note)")
                    { Style = TextStyle.Strong, Tone = noteMissing == 0 ? Tone.Good : Tone.Warning },
                .. ClosureForm.Checklist.Render(f),
                .. ticket.Type.IsRecurring() ? Recurring(ticket, f) : Array.Empty<Block>(),
            ],
            Actions =
            [
                new VerbAction("Close", TicketVerbs.SaveClosure) { Payload = Data(ticket, close: true), Intent = Intent.Primary },
                new VerbAction("Save", TicketVerbs.SaveClosure) { Payload = Data(ticket, close: false) },
                TicketCard.ShowButton(ticket.Number, $"Open #{TicketCard.Number(ticket)}"),
            ],
        };
    }

    /// <summary>The 7 recurring-issue details, folded behind a toggle so the checklist fits a phone (shown when one has an error).</summary>
    private static Block[] Recurring(Ticket ticket, CardFields f)
    {
        var id = $"closure-recurring-{TicketCard.Number(ticket)}";
        var fields = ClosureForm.Recurring.Render(f).ToList();
        if (fields.OfType<FormField>().Any(x => x.Error is not null))
        {
            return [new Paragraph("Recurring issue (R1 / BCO) details") { Style = TextStyle.Strong }, .. fields];
        }
        return
        [
            new Paragraph("Recurring issue (R1 / BCO) details: 7 more fields") { Style = TextStyle.Strong },
            new Detail(id, fields),
            new Buttons([new RevealAction("Show the 7 fields", id) { HideTitle = "Hide them" }]),
        ];
    }

    public static View Refusal(Ticket ticket, IReadOnlyList<string> missing)
    {
        var items = Grouped(missing).ToList();
        return new($"Ticket {TicketCard.Number(ticket)} cannot be closed yet: {Items(items.Count)} missing")
        {
            Blocks =
            [
                new Paragraph($"Ticket #{TicketCard.Number(ticket)} can't be closed yet") { Style = TextStyle.Heading, Tone = Tone.Attention },
                new Paragraph($"SOP Step 5: complete {(items.Count == 1 ? "this item" : $"these {items.Count} items")} first.") { Style = TextStyle.Small },
                .. items.Select(m => new Paragraph("• " + m) { Style = TextStyle.Small, Tight = true }),
            ],
            Actions =
            [
                TicketCard.Button("Checklist", TicketVerbs.Closure, ticket.Number),
                TicketCard.Button("Master note", TicketVerbs.EditNote, ticket.Number),
                TicketCard.ShowButton(ticket.Number, "Open ticket"),
            ],
        };
    }

    /// <summary>"6 items": the count of the lines <see cref="Grouped"/> lists, so the number matches the bullets shown.</summary>
    public static string MissingCount(IReadOnlyList<string> missing) => Items(Grouped(missing).Count());

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";

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

    private static IReadOnlyDictionary<string, string> Data(Ticket ticket, bool close) => Payload.Of(
        (TicketCard.TicketKey, TicketCard.Number(ticket)),
        (VersionKey, ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (CloseKey, close ? "yes" : null));
}
