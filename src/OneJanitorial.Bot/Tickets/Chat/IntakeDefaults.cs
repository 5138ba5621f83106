using OneJanitorial.Bot.Views.Forms;

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
            Issue = ConcernLine(draft),
            SolutionAndPrevention = IntakeForm.ScopeDecision(draft),
            ServiceIssuesPast3Months = plan.Type.CountsAsServiceIssue() ? plan.StrikeNumber : null,
        };
        // Only fill what the CSR has not entered: going back and forth keeps their words.
        var note = MasterNoteForm.All(IntakeForm.Zone(draft)).Fill(draft.Note, defaults, state.Entered.ContainsKey);
        // Points the CSR added by typing before this card (see AddNote) follow the concern line; when both do not fit,
        // the CSR's own words are kept whole and the card shows them without it.
        if (note.Issue is { } issue && !issue.Contains(defaults.Issue!, StringComparison.Ordinal) && Fits(defaults.Issue + "\n" + issue))
        {
            note = note with { Issue = defaults.Issue + "\n" + issue };
        }
        return state with { Draft = draft with { Note = note } };
    }

    /// <summary>Typed text kept whole as a point of the master note's Issue (the card shows it); null when the Issue has no room for it.</summary>
    public static IntakeState? AddNote(IntakeState state, string text)
    {
        var point = "- " + text.ReplaceLineEndings(" ");
        var note = state.Draft.Note;
        var issue = note.Issue is { Length: > 0 } existing ? existing + "\n" + point : point;
        return Fits(issue) ? state.Write(state.Draft with { Note = note with { Issue = issue } }, IntakeFields.Issue) : null;
    }

    /// <summary>Whether an Issue text is within the field's limit.</summary>
    public static bool Fits(string issue) => FieldLimits.Problem(IntakeFields.Issue, issue) is null;

    private static string ConcernLine(IntakeDraft draft) => $"- {IntakeForm.ConcernText(draft)} (service of {FormSpecs.IsoDate(draft.ServiceDate)})";
}
