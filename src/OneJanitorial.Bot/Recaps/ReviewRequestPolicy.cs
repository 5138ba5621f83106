using System.Text.RegularExpressions;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <param name="ClientReply">The client's latest written reply, if any.</param>
/// <param name="Resolved">The issue is resolved.</param>
/// <param name="Escalated">The issue required escalation.</param>
/// <param name="Tension">The CSR noted any tension with the client.</param>
/// <param name="GoogleRating">The current Google rating; requests stop at 4.6 stars.</param>
public sealed record ReviewContext(string? ClientReply, bool Resolved, bool Escalated = false, bool Tension = false, double? GoogleRating = null);

public sealed record ReviewDecision(ReviewStatus Status, string Reason)
{
    public bool MayRequest => Status == ReviewStatus.ReviewRequested;
}

/// <summary>
/// The SOP's Google review rules: ask only after satisfaction is confirmed in writing (its green-light phrases),
/// never after escalation or tension, never leading with the $25 credit, one follow-up 48 hours later. No review
/// is better than a 4-star, so any doubt means not eligible.
/// </summary>
public static partial class ReviewRequestPolicy
{
    public const double StopAtRating = 4.6;
    public static readonly TimeSpan FollowUpAfter = TimeSpan.FromHours(48);

    /// <summary>The SOP's green-light phrases: any of these, in writing, allows the request.</summary>
    public static readonly IReadOnlyList<string> GreenLightPhrases =
    [
        "thanks", "thank you", "that works", "appreciate it", "all good now", "you've been very helpful",
        "this is exactly the support we were looking for", "i'm very happy with your service",
    ];

    public static ReviewDecision Decide(ReviewContext context)
    {
        if (context.Escalated) return NotEligible("the issue required escalation");
        if (context.Tension) return NotEligible("there was tension with the client");
        if (context.GoogleRating >= StopAtRating) return NotEligible($"the rating is {context.GoogleRating:0.0} stars; requests stop at {StopAtRating:0.0}");
        if (!context.Resolved) return new ReviewDecision(ReviewStatus.PendingConfirmation, "the issue is not resolved yet");
        if (string.IsNullOrWhiteSpace(context.ClientReply)) return new ReviewDecision(ReviewStatus.PendingConfirmation, "waiting for the client's written confirmation");
        var reply = context.ClientReply.Replace('’', '\'');
        var phrase = GreenLightPhrases.FirstOrDefault(p => Regex.IsMatch(reply, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase));
        if (phrase is null) return NotEligible("satisfaction was not clearly expressed in writing");
        if (Concern().Match(reply) is { Success: true } concern) return NotEligible($"the reply also raises a concern (\"{concern.Value}\")");
        return new ReviewDecision(ReviewStatus.ReviewRequested, $"the client wrote \"{phrase}\"");
    }

    private static ReviewDecision NotEligible(string reason) => new(ReviewStatus.NotEligible, reason);

    [GeneratedRegex(@"\b(still|but|however|again|not|isn't|wasn't|aren't|didn't|don't|haven't|missed|dirty|issue|problem|disappoint\w*|unhappy|frustrat\w*|complain\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concern();
}
