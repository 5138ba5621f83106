using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>What the master note cards start with, from what the intake already knows (the CSR can change all of it).</summary>
public static class IntakeDefaults
{
    public static IntakeState ForNote(IntakeState state, TicketPlan plan)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var form = new FormReader(state.Values);
        if (IntakeForm.AsksScope(IntakeForm.Category(state.Values)))
        {
            defaults[MasterNoteForm.ChecklistVerified] = "yes";
        }
        if (plan.Bucket is { } bucket)
        {
            defaults[MasterNoteForm.Bucket] = bucket.Code();
        }
        defaults[MasterNoteForm.Issue] = $"- {IntakeForm.ConcernText(form)} (service of {form.Text(ServiceDate)})";
        if (IntakeForm.ScopeDecision(state.Values) is { } decision)
        {
            defaults[MasterNoteForm.Solution] = decision;
        }
        if (plan.Type.CountsAsServiceIssue())
        {
            defaults[MasterNoteForm.IssuesPast3Months] = plan.StrikeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        // Only fill what the CSR has not entered: going back and forth keeps their words.
        return state.With(defaults.Where(d => state.Value(d.Key) is null).ToDictionary());
    }
}
