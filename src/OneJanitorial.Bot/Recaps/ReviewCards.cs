using System.Globalization;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "review 42": the client's written reply and what the CSR knows, then the SOP's Google review decision
/// (Adaptive Cards 1.2, Action.Submit only). Setting the status re-decides from the same inputs the card shows.
/// </summary>
public static class ReviewCards
{
    public const string CheckVerb = "review.check";
    public const string SetVerb = "review.set";
    public const string ReplyInput = "reply";
    public const string ResolvedInput = "resolved";
    public const string EscalatedInput = "escalated";
    public const string TensionInput = "tension";

    public const string Sequence =
        "Never lead with the $25 credit: issue resolved → written satisfaction → review link sent → only if the client hesitates, mention the credit (applied after the review is posted).";

    public const string FollowUpRule = "One follow-up only, 48 hours after the request, as a new standalone email (not a reply in the closed ticket thread).";

    public static AdaptiveCard Check(long ticket, string client) => new()
    {
        FallbackText = $"Review check for ticket {ticket}",
        Body =
        [
            new TextBlock($"Google review check — ticket {Number(ticket)}") { Size = "Medium", Weight = "Bolder" },
            new TextBlock(client) { IsSubtle = true, Spacing = "None" },
            .. CardForm.Field("Paste the client's written reply", new TextInput { Id = ReplyInput, IsMultiline = true, MaxLength = 2000 }),
            Toggle(ResolvedInput, "The issue is resolved", "true"),
            Toggle(EscalatedInput, "The issue required escalation", "false"),
            Toggle(TensionInput, "There was tension", "false"),
        ],
        Actions = [new SubmitAction("Check", CardData.For(CheckVerb, ("ticket", Number(ticket))))],
    };

    public static AdaptiveCard Decision(long ticket, ReviewContext context, ReviewDecision decision, string? saved = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"Google review — ticket {Number(ticket)}") { Size = "Medium", Weight = "Bolder" },
            new TextBlock(StatusName(decision.Status)) { Size = "Large", Weight = "Bolder", Color = decision.MayRequest ? "Good" : "Attention" },
            new TextBlock("Why: " + decision.Reason),
            new TextBlock(Rule(decision)) { Separator = true },
        };
        if (decision.MayRequest)
        {
            body.Add(new TextBlock(Sequence));
            body.Add(new TextBlock(FollowUpRule));
        }
        if (saved is not null)
        {
            body.Add(new TextBlock(saved) { Color = "Good", Separator = true });
        }
        return new AdaptiveCard
        {
            FallbackText = $"Ticket {Number(ticket)}: {StatusName(decision.Status)}",
            Body = body,
            Actions = saved is null ? [new SubmitAction($"Set review status: {StatusName(decision.Status)}", SetData(ticket, context))] : [],
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

    private static System.Text.Json.Nodes.JsonObject SetData(long ticket, ReviewContext context) => CardData.For(SetVerb,
        ("ticket", Number(ticket)),
        (ReplyInput, context.ClientReply),
        (ResolvedInput, Flag(context.Resolved)),
        (EscalatedInput, Flag(context.Escalated)),
        (TensionInput, Flag(context.Tension)));

    private static ToggleInput Toggle(string id, string title, string value) =>
        new(title) { Id = id, Value = value, ValueOn = "true", ValueOff = "false" };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(long ticket) => ticket.ToString(CultureInfo.InvariantCulture);
}
