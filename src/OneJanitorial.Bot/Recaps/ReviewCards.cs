using System.Globalization;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "review 42": the client's written reply and what the CSR knows, then the SOP's Google review decision
/// Setting the status re-decides from the same inputs the card shows.
/// </summary>
public static class ReviewCards
{
    public const string ReplyInput = "reply";
    public const string ResolvedInput = "resolved";
    public const string EscalatedInput = "escalated";
    public const string TensionInput = "tension";

    public const string Sequence =
        "Never lead with the $25 credit: issue resolved → written satisfaction → review link sent → only if the client hesitates, mention the credit (applied after the review is posted).";

    public const string FollowUpRule = "One follow-up only, 48 hours after the request, as a new standalone email (not a reply in the closed ticket thread).";

    public static View Check(long ticket, string client) => new($"Review check for ticket {ticket}")
    {
        Blocks =
        [
            new Paragraph($"Google review check — ticket {Number(ticket)}") { Style = TextStyle.Heading },
            new Paragraph(client) { Style = TextStyle.Muted, Tight = true },
            new FormField(ReplyInput, FieldKind.Multiline, "Paste the client's written reply") { MaxLength = 2000 },
            Toggle(ResolvedInput, "The issue is resolved", "true"),
            Toggle(EscalatedInput, "The issue required escalation", "false"),
            Toggle(TensionInput, "There was tension", "false"),
        ],
        Actions = [new VerbAction("Check", RecapVerbs.ReviewCheck) { Payload = Payload.Of(("ticket", Number(ticket))), Intent = Intent.Primary }],
    };

    public static View Decision(long ticket, ReviewContext context, ReviewDecision decision, string? saved = null)
    {
        var blocks = new List<Block>
        {
            new Paragraph($"Google review — ticket {Number(ticket)}") { Style = TextStyle.Heading },
            new Paragraph(StatusName(decision.Status)) { Style = TextStyle.Title, Tone = decision.MayRequest ? Tone.Good : Tone.Attention },
            new Paragraph("Why: " + decision.Reason),
            new Divider(),
            new Paragraph(Rule(decision)),
        };
        if (decision.MayRequest)
        {
            blocks.Add(new Paragraph(Sequence));
            blocks.Add(new Paragraph(FollowUpRule));
        }
        if (saved is not null)
        {
            blocks.Add(new Divider());
            blocks.Add(new Paragraph(saved) { Tone = Tone.Good });
        }
        return new View($"Ticket {Number(ticket)}: {StatusName(decision.Status)}")
        {
            Blocks = blocks,
            Actions = saved is null ? [new VerbAction($"Set review status: {StatusName(decision.Status)}", RecapVerbs.ReviewSet) { Payload = SetData(ticket, context) }] : [],
        };
    }

    public static string StatusName(ReviewStatus status) => status switch
    {
        ReviewStatus.ReviewRequested => "Review Requested",
        ReviewStatus.NotEligible => "Not Eligible",
        _ => "Pending Confirmation",
    };

    private static string Rule(ReviewDecision decision) => decision.Status switch
    {
        ReviewStatus.ReviewRequested => "SOP: a review request may only be sent once the client confirms satisfaction in writing (a green-light phrase).",
        ReviewStatus.NotEligible => "SOP: don't ask when the client sounds neutral, the issue required escalation, there was any tension, or satisfaction was not clearly expressed in writing. No review is better than a 4-star.",
        _ => "SOP: wait for the issue to be resolved and the client's written satisfaction before asking.",
    };

    private static IReadOnlyDictionary<string, string> SetData(long ticket, ReviewContext context) => Payload.Of(
        ("ticket", Number(ticket)),
        (ReplyInput, context.ClientReply),
        (ResolvedInput, Flag(context.Resolved)),
        (EscalatedInput, Flag(context.Escalated)),
        (TensionInput, Flag(context.Tension)));

    private static FormField Toggle(string id, string statement, string value) =>
        new(id, FieldKind.Check, null) { Statement = statement, Value = value };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(long ticket) => ticket.ToString(CultureInfo.InvariantCulture);
}
