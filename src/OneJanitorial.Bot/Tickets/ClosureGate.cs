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
        Check(missing, closure.RootCauseDocumented, "Root-cause accountability documented");
        Check(missing, closure.ManagementTagged, "Management visibility (Edgar, Peter, Taylor tagged in note)");
        Check(missing, closure.LongTermPlanInPlace, "Long-term resolution plan in place");
        Review(missing, closure);
        if (type.IsRecurring())
        {
            Recurring(missing, closure.Recurring);
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

    private static void Recurring(List<string> missing, RecurringIssueDetails details)
    {
        const string Prefix = "Recurring issue: ";
        Check(missing, details.FirstOccurrence is not null, Prefix + "Date of first occurrence");
        Check(missing, Has(details.OriginalPlanAndWhyItFailed), Prefix + "Original resolution plan + why it failed");
        Check(missing, Has(details.WhyItFailedAgain), Prefix + "Why it failed again on subsequent clean");
        Check(missing, Has(details.CleanerExplanation), Prefix + "Cleaner's explanation for not resolving it");
        Check(missing, Has(details.PerformanceReviewLast6Months), Prefix + "Cleaner performance review (last 6 months)");
        Check(missing, Has(details.AccountabilityTaken), Prefix + "Accountability taken");
        Check(missing, Has(details.RemovalDecisionPerAvatar), Prefix + "Removal decision aligned with Cleaner Avatar");
    }

    private static void Check(List<string> missing, bool done, string item)
    {
        if (!done)
        {
            missing.Add(item);
        }
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
