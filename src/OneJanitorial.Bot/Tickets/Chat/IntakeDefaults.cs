namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>What the master note cards start with, from what the intake already knows (the CSR can change all of it).</summary>
public static class IntakeDefaults
{
    public static IntakeState ForNote(IntakeState state, TicketPlan plan)
    {
        var draft = state.Draft;
        var defaults = new MasterNote
        {
            ChecklistVerified = IntakeForm.AsksScope(draft.Category) ? true : null,
            IssueBucket = plan.Bucket,
            Issue = $"- {IntakeForm.ConcernText(draft)} (service of {FormSpecs.IsoDate(draft.ServiceDate)})",
            SolutionAndPrevention = IntakeForm.ScopeDecision(draft),
            ServiceIssuesPast3Months = plan.Type.CountsAsServiceIssue() ? plan.StrikeNumber : null,
        };
        // Only fill what the CSR has not entered: going back and forth keeps their words.
        var note = MasterNoteForm.All(IntakeForm.Zone(draft)).Fill(draft.Note, defaults, state.Entered.ContainsKey);
        return state with { Draft = draft with { Note = note } };
    }
}
