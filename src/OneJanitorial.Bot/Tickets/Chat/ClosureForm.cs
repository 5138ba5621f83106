using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Views.Forms.FormSpecs;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The closure checklist (SOP Step 5) as one table of inputs over the ticket: the checklist itself, "solved on first
/// attempt" (kept in the master note) and, for recurring issues, their details. Card, reader and values come from it.
/// </summary>
public static class ClosureForm
{
    public static readonly IReadOnlyList<Option> Confirmations =
    [
        new("Client confirmed it is resolved", nameof(ClientConfirmation.ClientConfirmedResolved)),
        new("Proof of resolution + no reply after 2 attempts", nameof(ClientConfirmation.ProofOfResolutionNoResponseAfterTwoAttempts)),
    ];

    public static readonly IReadOnlyList<Option> Reviews =
    [
        new("Review Requested", nameof(ReviewStatus.ReviewRequested)),
        new("Not Eligible (reason required)", nameof(ReviewStatus.NotEligible)),
        new("Pending Confirmation", nameof(ReviewStatus.PendingConfirmation)),
    ];

    /// <summary>The first input, shown before the master note's status. "1 ·" rather than "1.": a line starting "1. " is a numbered list in some channels' markup.</summary>
    public static readonly IReadOnlyList<FormSpec<Ticket>> Confirmation =
    [
        Choice<Ticket>("clientConfirmation", "1 · Client confirmation", Confirmations,
            t => t.Closure.ClientConfirmation == ClientConfirmation.None ? null : t.Closure.ClientConfirmation.ToString(),
            (t, v) => Closure(t, c => c with { ClientConfirmation = Enum.TryParse<ClientConfirmation>(v, out var confirmation) ? confirmation : ClientConfirmation.None }))
            with { Required = true },
    ];

    /// <summary>The checklist after the master note's status.</summary>
    public static readonly IReadOnlyList<FormSpec<Ticket>> Checklist =
    [
        YesNo<Ticket>("solvedFirstAttempt", "Problem solved on first attempt?", "Solved on first attempt",
            t => t.Note.SolvedOnFirstAttempt, (t, v) => t with { Note = t.Note with { SolvedOnFirstAttempt = v } }),
        Check<Ticket>("rootCauseDocumented", "3 · Root cause", "Root-cause accountability documented",
            t => t.Closure.RootCauseDocumented, (t, v) => Closure(t, c => c with { RootCauseDocumented = v })),
        Check<Ticket>("managementTagged", "4 · Management visibility", "Edgar, Peter, Taylor tagged in the note",
            t => t.Closure.ManagementTagged, (t, v) => Closure(t, c => c with { ManagementTagged = v })),
        Check<Ticket>("longTermPlan", "5 · Long-term plan", "Long-term resolution plan in place",
            t => t.Closure.LongTermPlanInPlace, (t, v) => Closure(t, c => c with { LongTermPlanInPlace = v })),
        Choice<Ticket>("reviewStatus", "6 · Review status", Reviews, t => t.Closure.Review?.ToString(),
            (t, v) => Closure(t, c => c with { Review = Enum.TryParse<ReviewStatus>(v, out var status) ? status : null })) with { Required = true },
        new("notEligibleReason", FieldKind.Text, "If Not Eligible: why", t => t.Closure.NotEligibleReason, ReadNotEligibleReason),
    ];

    /// <summary>The details of a recurring issue (R1 / BCO), asked only for those.</summary>
    public static readonly IReadOnlyList<FormSpec<Ticket>> Recurring =
    [
        Date<Ticket>("firstOccurrence", "Date of first occurrence", "Date of first occurrence",
            t => t.Closure.Recurring.FirstOccurrence, (t, v) => Details(t, r => r with { FirstOccurrence = v })),
        Text<Ticket>("originalPlan", "Original resolution plan + why it failed",
            t => t.Closure.Recurring.OriginalPlanAndWhyItFailed, (t, v) => Details(t, r => r with { OriginalPlanAndWhyItFailed = v }), multiline: true),
        Text<Ticket>("whyFailedAgain", "Why it failed again on the next clean",
            t => t.Closure.Recurring.WhyItFailedAgain, (t, v) => Details(t, r => r with { WhyItFailedAgain = v }), multiline: true),
        Text<Ticket>("cleanerExplanation", "Cleaner's explanation for not resolving it",
            t => t.Closure.Recurring.CleanerExplanation, (t, v) => Details(t, r => r with { CleanerExplanation = v }), multiline: true),
        Text<Ticket>("performanceReview", "Cleaner performance review (last 6 months)",
            t => t.Closure.Recurring.PerformanceReviewLast6Months, (t, v) => Details(t, r => r with { PerformanceReviewLast6Months = v }), multiline: true),
        Text<Ticket>("accountabilityTaken", "Accountability taken",
            t => t.Closure.Recurring.AccountabilityTaken, (t, v) => Details(t, r => r with { AccountabilityTaken = v })),
        Text<Ticket>("removalDecision", "Removal decision (aligned with the Cleaner Avatar)",
            t => t.Closure.Recurring.RemovalDecisionPerAvatar, (t, v) => Details(t, r => r with { RemovalDecisionPerAvatar = v })),
    ];

    /// <summary>Every input the ticket's checklist has, in card order.</summary>
    public static IReadOnlyList<FormSpec<Ticket>> Fields(Ticket ticket) =>
        [.. Confirmation, .. Checklist, .. ticket.Type.IsRecurring() ? Recurring : []];

    public static Dictionary<string, string> ToValues(Ticket ticket) => Fields(ticket).Values(ticket);

    /// <summary>The ticket with the checklist (and "solved on first attempt") entered; the reader names what cannot be read or contradicts itself.</summary>
    public static Ticket Read(FormReader form, Ticket ticket) => Fields(ticket).Read(form, ticket);

    private static Ticket ReadNotEligibleReason(Ticket ticket, FormReader form, string id)
    {
        var reason = form.Text(id);
        var notEligible = ticket.Closure.Review == ReviewStatus.NotEligible;
        if (notEligible && reason is null)
        {
            form.Fail(id, "Not Eligible needs a reason.");
        }
        return Closure(ticket, c => c with { NotEligibleReason = notEligible ? reason : null });
    }

    private static Ticket Closure(Ticket ticket, Func<TicketClosure, TicketClosure> change) => ticket with { Closure = change(ticket.Closure) };

    private static Ticket Details(Ticket ticket, Func<RecurringIssueDetails, RecurringIssueDetails> change) =>
        Closure(ticket, c => c with { Recurring = change(c.Recurring) });
}
