using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The closure checklist (SOP Step 5) as card inputs, and back.</summary>
public static class ClosureForm
{
    public const string Confirmation = "clientConfirmation";
    public const string RootCause = "rootCauseDocumented";
    public const string Management = "managementTagged";
    public const string LongTermPlan = "longTermPlan";
    public const string Review = "reviewStatus";
    public const string NotEligibleReason = "notEligibleReason";
    public const string FirstOccurrence = "firstOccurrence";
    public const string OriginalPlan = "originalPlan";
    public const string FailedAgain = "whyFailedAgain";
    public const string CleanerExplanation = "cleanerExplanation";
    public const string PerformanceReview = "performanceReview";
    public const string AccountabilityTaken = "accountabilityTaken";
    public const string RemovalDecision = "removalDecision";

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

    public static Dictionary<string, string> ToValues(Ticket ticket)
    {
        var c = ticket.Closure;
        var r = c.Recurring;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RootCause] = Flag(c.RootCauseDocumented),
            [Management] = Flag(c.ManagementTagged),
            [LongTermPlan] = Flag(c.LongTermPlanInPlace),
        };
        void Set(string id, string? value)
        {
            if (value is not null)
            {
                values[id] = value;
            }
        }
        Set(Confirmation, c.ClientConfirmation == ClientConfirmation.None ? null : c.ClientConfirmation.ToString());
        Set(Review, c.Review?.ToString());
        Set(NotEligibleReason, c.NotEligibleReason);
        Set(MasterNoteForm.SolvedFirstAttempt, MasterNoteForm.YesNo(ticket.Note.SolvedOnFirstAttempt));
        Set(FirstOccurrence, MasterNoteForm.IsoDate(r.FirstOccurrence));
        Set(OriginalPlan, r.OriginalPlanAndWhyItFailed);
        Set(FailedAgain, r.WhyItFailedAgain);
        Set(CleanerExplanation, r.CleanerExplanation);
        Set(PerformanceReview, r.PerformanceReviewLast6Months);
        Set(AccountabilityTaken, r.AccountabilityTaken);
        Set(RemovalDecision, r.RemovalDecisionPerAvatar);
        return values;
    }

    /// <summary>The checklist from the inputs; the reader names what cannot be read or contradicts itself.</summary>
    public static TicketClosure Read(FormReader form, TicketClosure current, bool recurring)
    {
        var review = Enum.TryParse<ReviewStatus>(form.Text(Review), out var status) ? status : (ReviewStatus?)null;
        if (review == ReviewStatus.NotEligible && form.Text(NotEligibleReason) is null)
        {
            form.Fail(NotEligibleReason, "Not Eligible needs a reason.");
        }
        return current with
        {
            ClientConfirmation = Enum.TryParse<ClientConfirmation>(form.Text(Confirmation), out var confirmation) ? confirmation : ClientConfirmation.None,
            RootCauseDocumented = form.Flag(RootCause),
            ManagementTagged = form.Flag(Management),
            LongTermPlanInPlace = form.Flag(LongTermPlan),
            Review = review,
            NotEligibleReason = review == ReviewStatus.NotEligible ? form.Text(NotEligibleReason) : null,
            Recurring = recurring ? ReadRecurring(form) : current.Recurring,
        };
    }

    private static RecurringIssueDetails ReadRecurring(FormReader form) => new()
    {
        FirstOccurrence = form.Date(FirstOccurrence, "Date of first occurrence"),
        OriginalPlanAndWhyItFailed = form.Text(OriginalPlan),
        WhyItFailedAgain = form.Text(FailedAgain),
        CleanerExplanation = form.Text(CleanerExplanation),
        PerformanceReviewLast6Months = form.Text(PerformanceReview),
        AccountabilityTaken = form.Text(AccountabilityTaken),
        RemovalDecisionPerAvatar = form.Text(RemovalDecision),
    };

    private static string Flag(bool value) => value ? "true" : "false";
}
