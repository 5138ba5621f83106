namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// SOP Step 5: a ticket may be closed only when the closure checklist, the review status and, for recurring
/// (R1 / BCO) tickets, the recurring-issue details are complete. <see cref="Missing"/> lists exactly what is not.
/// </summary>
public static class ClosureGate
{
    public static IReadOnlyList<string> Missing(TicketType type, MasterNote note, TicketClosure closure)
    {
        var missing = new List<string>();
        if (closure.ClientConfirmation == ClientConfirmation.None)
        {
            missing.Add("Verified client confirmation that the issue is resolved (or proof of resolution + no response after 2 attempts)");
        }
        missing.AddRange(MasterNoteRules.Validate(note, type, MasterNotePhase.Close).Select(p => $"Master Note: {p.Message}"));
        missing.AddRange(NotDone(
            (closure.RootCauseDocumented, "Root-cause accountability documented"),
            (closure.ManagementTagged, "Management visibility (Edgar, Peter, Taylor tagged in note)"),
            (closure.LongTermPlanInPlace, "Long-term resolution plan in place")));
        Review(missing, closure);
        if (type.IsRecurring())
        {
            missing.AddRange(Recurring(closure.Recurring));
        }
        return missing;
    }

    private static void Review(List<string> missing, TicketClosure closure)
    {
        if (closure.Review is null)
        {
            missing.Add("Review status set: Review Requested / Not Eligible / Pending Confirmation");
        }
        else if (closure.Review == ReviewStatus.NotEligible && string.IsNullOrWhiteSpace(closure.NotEligibleReason))
        {
            missing.Add("Review status Not Eligible needs a reason");
        }
    }

    private static IEnumerable<string> Recurring(RecurringIssueDetails details) => NotDone(
        (details.FirstOccurrence is not null, "Date of first occurrence"),
        (Has(details.OriginalPlanAndWhyItFailed), "Original resolution plan + why it failed"),
        (Has(details.WhyItFailedAgain), "Why it failed again on subsequent clean"),
        (Has(details.CleanerExplanation), "Cleaner's explanation for not resolving it"),
        (Has(details.PerformanceReviewLast6Months), "Cleaner performance review (last 6 months)"),
        (Has(details.AccountabilityTaken), "Accountability taken"),
        (Has(details.RemovalDecisionPerAvatar), "Removal decision aligned with Cleaner Avatar"))
        .Select(item => "Recurring issue: " + item);

    private static IEnumerable<string> NotDone(params (bool Done, string Item)[] items) => items.Where(i => !i.Done).Select(i => i.Item);

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
