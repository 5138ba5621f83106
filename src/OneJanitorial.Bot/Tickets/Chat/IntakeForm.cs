using OneJanitorial.Bot.Views.Forms;

using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Turns the intake's <see cref="IntakeDraft"/> into the typed records the ticket rules take.</summary>
public static class IntakeForm
{
    /// <summary>The building's time zone (received time and follow-up call are read in it); UTC until one is chosen.</summary>
    public static TimeZoneInfo Zone(IntakeDraft draft) => Conversation.TimeZones.Find(draft.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>The type of concern: the chosen one, or the CSR's words when "Other" was chosen.</summary>
    public static string? ConcernText(IntakeDraft draft) => draft.Concern == Other ? draft.ConcernOther : draft.Concern;

    /// <summary>Step 1B asks about scope only where the SOP's scope check applies (not extra services or cancellations).</summary>
    public static bool AsksScope(IntakeCategory? category) => category is not (IntakeCategory.ExtraService or IntakeCategory.Cancelling);

    public static bool OutOfScope(IntakeDraft draft) => AsksScope(draft.Category) && draft.InScope == false;

    /// <summary>When the request came in; null while date or time is missing, or when the clocks skip that time (the card says so).</summary>
    public static DateTimeOffset? ReceivedAt(IntakeDraft draft) =>
        draft.ReceivedDate is { } d && draft.ReceivedTime is { } t ? MasterNoteForm.At(d, t, Zone(draft)) : null;

    /// <summary>The intake, or null while something it needs is missing (the cards' checks name it).</summary>
    public static TicketIntake? ToIntake(IntakeDraft d)
    {
        if (d.Category is not { } category || d.Source is not { } source || ReceivedAt(d) is not { } receivedAt || d.CleanerBuildingStart is not { } cleanerStart
            || d.ContractStart is not { } contractStart || d.CleanerInBco is not { } inBco || d.BillingPrice is not { } price)
        {
            return null;
        }
        return new TicketIntake(
            d.Client ?? "", d.Building ?? "", d.City ?? "", d.TimeZone ?? "", category, ConcernText(d) ?? "", !OutOfScope(d), d.Cleaner ?? "",
            cleanerStart, contractStart, d.PriorCleanerIssues, inBco, d.SurveyRating, price, source, receivedAt)
        {
            DailyCleanedBuilding = d.DailyCleanedBuilding,
            WeekendOnlyCleaning = d.WeekendOnlyCleaning,
            VeryUpsetClient = d.VeryUpsetClient,
            CleanerEmail = d.CleanerEmail,
            ServiceDate = d.ServiceDate,
            AttachmentsReceived = d.AttachmentsReceived,
        };
    }

    /// <summary>The CSR's overrides of the computed ticket; each needs the reason (checked by <see cref="PlanOverrides.Apply"/>).</summary>
    public static IReadOnlyList<PlanOverride> Overrides(IntakeDraft draft, TicketPlan plan)
    {
        var reason = draft.OverrideReason ?? "";
        var overrides = new List<PlanOverride>();
        void Add(OverrideField field, string? value, string computed)
        {
            if (value is not null && !string.Equals(value, computed, StringComparison.OrdinalIgnoreCase))
            {
                overrides.Add(new PlanOverride(field, value, reason));
            }
        }
        Add(OverrideField.TicketType, draft.OverrideType, plan.Type.ToString());
        Add(OverrideField.Priority, draft.OverridePriority, plan.Priority.ToString());
        Add(OverrideField.EstCloseDate, draft.OverrideEstClose, FormSpecs.IsoDate(plan.EstCloseDate)!);
        Add(OverrideField.Owner, draft.OverrideOwner, plan.Owner);
        return overrides;
    }

    /// <summary>What Step 1B's 3A path decided, written into the master note's solution (the SOP: "document client's choice").</summary>
    public static string? ScopeDecision(IntakeDraft draft)
    {
        if (!OutOfScope(draft))
        {
            return null;
        }
        return draft.Under15 == Under15Rule.Courtesy
            ? "Not in scope (Bucket 3A): under 15 minutes, approved as a courtesy."
            : draft.Pricing switch
            {
                PricingChoice.OneTimeCharge => "Not in scope (Bucket 3A): client chose a one-time extra charge.",
                PricingChoice.RecurringAddOn => "Not in scope (Bucket 3A): client chose a recurring add-on (monthly price increase); update the scope/checklist.",
                _ => "Not in scope (Bucket 3A): client declined both pricing options.",
            };
    }
}
