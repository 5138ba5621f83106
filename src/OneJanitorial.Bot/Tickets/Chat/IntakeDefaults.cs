using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>What the master note cards start with, from what the intake already knows (the CSR can change all of it).</summary>
public static class IntakeDefaults
{
    public static IntakeState ForNote(IntakeState state, TicketPlan plan)
    {
        var form = new FormReader(state.Values);
        var note = new MasterNote
        {
            ChecklistVerified = IntakeForm.AsksScope(IntakeForm.Category(state.Values)) ? true : null,
            IssueBucket = plan.Bucket,
            Issue = $"- {IntakeForm.ConcernText(form)} (service of {form.Text(ServiceDate)})",
            SolutionAndPrevention = IntakeForm.ScopeDecision(state.Values),
            ServiceIssuesPast3Months = plan.Type.CountsAsServiceIssue() ? plan.StrikeNumber : null,
        };
        var defaults = MasterNoteForm.ToValues(note, IntakeForm.Zone(state.Values));
        // Only fill what the CSR has not entered: going back and forth keeps their words.
        return state.With(defaults.Where(d => state.Value(d.Key) is null).ToDictionary());
    }
}
