using System.Globalization;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// "ticket 42": the ticket at a glance, what closing still needs, and what the CSR can do next (with the buttons other
/// features offer on a ticket, <see cref="ActionPlace.Ticket"/>).
/// </summary>
public static class TicketCard
{
    public const string TicketKey = "ticket";
    public const string StageInput = "stage";

    /// <summary>The closure items listed on the card; the refusal on Close lists all of them.</summary>
    public const int MissingShown = 5;

    public static View Build(Ticket ticket, IReadOnlyList<string> missing, IEnumerable<OfferedAction> offered)
    {
        var moves = TicketStages.AllowedMoves(ticket.Type, ticket.Stage);
        return new View($"Ticket {Number(ticket)}: {ticket.Title}")
        {
            Blocks =
            [
                new Paragraph($"#{Number(ticket)} · [{ticket.Type.Badge()}] · {ticket.Stage.Name()}") { Style = TextStyle.Caption },
                new Paragraph(ticket.Title) { Style = TextStyle.Strong },
                new Facts(Facts(ticket)),
                .. AtYourDesk(ticket),
                .. Missing(ticket, missing),
                .. Move(ticket, moves),
            ],
            Actions = Actions(ticket, offered),
        };
    }

    public static VerbAction ShowButton(long number, string title) => Button(title, TicketVerbs.Show, number);

    public static VerbAction Button(string title, Verb verb, long number) => new(title, verb) { Payload = Payload.Of((TicketKey, Id(number))) };

    public static string Number(Ticket ticket) => Id(ticket.Number);

    public static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);

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
            new("Owner / CSR", $"{ticket.Owner} / {ticket.Csr ?? NotSet}"),
            new("Issue", n.Issue ?? NotSet),
            new("Solution", n.SolutionAndPrevention ?? NotSet),
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
            facts.Add(new("Cleaner email", ticket.CleanerEmail ?? "not set: add it under Master note (the recap needs it)"));
        }
        return facts;
    }

    /// <summary>The call in the building's zone, named, as the cleaner recap states it; the stored offset when there is no zone.</summary>
    private static string FollowUp(DateTimeOffset call, string? zone) =>
        TimeZones.Find(zone) is { } found
            ? TimeZoneInfo.ConvertTime(call, found).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({zone!.Replace('_', ' ')})"
            : call.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    /// <summary>What a quick intake (phone, after hours) did not ask, for the CSR to add at a desk; the Master note button edits it.</summary>
    private static IEnumerable<Block> AtYourDesk(Ticket ticket)
    {
        if (ticket.IsClosed || ticket.IntakeKey?.StartsWith(QuickIntakeDialog.KeyPrefix, StringComparison.Ordinal) != true)
        {
            return [];
        }
        var todo = new List<string>();
        if (ticket.CleanerEmail is null)
        {
            todo.Add("Cleaner's email (the recap goes there)");
        }
        if (ticket.ServiceDate is null)
        {
            todo.Add("Date of service affected, attachments received");
        }
        var note = MasterNoteRules.Validate(ticket.Note, ticket.Type, MasterNotePhase.Close).Count;
        if (note > 0)
        {
            todo.Add($"Master note: {note} fields (cleaner call, why, fix, follow-up)");
        }
        return todo.Count == 0 ? [] :
        [
            new Paragraph("Quick ticket — to complete at your desk:") { Style = TextStyle.Strong, Tone = Tone.Accent },
            new Paragraph(Markup.WithBullets(string.Join("\n", todo.Select(t => "- " + t)))) { Style = TextStyle.Small, Tight = true },
        ];
    }

    private static IEnumerable<Block> Missing(Ticket ticket, IReadOnlyList<string> missing)
    {
        if (ticket.IsClosed)
        {
            return [new Paragraph("Closed " + ticket.ClosedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { Style = TextStyle.Strong, Tone = Tone.Good }];
        }
        var closeButtons = new Buttons([Button("Close", TicketVerbs.Close, ticket.Number), Button("Closure checklist", TicketVerbs.Closure, ticket.Number)]);
        if (missing.Count == 0)
        {
            return [new Paragraph("Ready to close: the closure checklist is complete.") { Style = TextStyle.Strong, Tone = Tone.Good }, closeButtons];
        }
        var more = missing.Count > MissingShown ? [new Paragraph($"+{missing.Count - MissingShown} more") { Style = TextStyle.Caption }] : Array.Empty<Block>();
        return
        [
            new Paragraph($"Missing for closure ({missing.Count}):") { Style = TextStyle.Strong, Tone = Tone.Warning },
            .. missing.Take(MissingShown).Select(m => new Paragraph("• " + m) { Style = TextStyle.Small, Tight = true }),
            .. more,
            closeButtons,
        ];
    }

    /// <summary>The stage drop-down with its Move (or Reopen) button right under it, not at the far end of the action row.</summary>
    private static IEnumerable<Block> Move(Ticket ticket, IReadOnlyList<TicketStage> moves) => moves.Count == 0 ? [] :
    [
        new FormField(StageInput, FieldKind.Choice, "Move to stage") { Options = [.. moves.Select(s => new Option(s.Name(), s.ToString()))], Value = moves[0].ToString() },
        new Buttons([Button(ticket.IsClosed ? "Reopen" : "Move", TicketVerbs.Move, ticket.Number)]),
    ];

    private static List<ViewAction> Actions(Ticket ticket, IEnumerable<OfferedAction> offered)
    {
        var actions = new List<ViewAction>();
        if (!ticket.IsClosed)
        {
            actions.Add(Button("Master note", TicketVerbs.EditNote, ticket.Number));
        }
        actions.AddRange(OfferedAction.At(offered, ActionPlace.Ticket)
            .Select(a => a with { Payload = new Dictionary<string, string>(a.Payload, StringComparer.Ordinal) { [TicketKey] = Id(ticket.Number) } }));
        return actions;
    }
}
