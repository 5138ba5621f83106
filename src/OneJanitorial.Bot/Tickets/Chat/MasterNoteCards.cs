using OneJanitorial.Bot.Views;
using static OneJanitorial.Bot.Tickets.Chat.MasterNoteForm;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The twenty master note fields of SOP Step 4 in three short steps: the issue, the cleaner call, follow-up.
/// The intake and "edit master note" use the same fields.
/// </summary>
public static class MasterNoteCards
{
    public const int Parts = 3;

    public static string Title(int part) => part switch
    {
        1 => "Master note 1/3 — Issue",
        2 => "Master note 2/3 — Cleaner call",
        _ => "Master note 3/3 — Fix and follow-up",
    };

    /// <summary>The fields of one part; <paramref name="zone"/> is the time zone the follow-up time is read in.</summary>
    public static IEnumerable<Block> Body(int part, CardFields f, string zone) => part switch
    {
        1 => Issue(f),
        2 => Call(f),
        _ => FollowUp(f, zone),
    };

    public static IEnumerable<Block> Issue(CardFields f) =>
    [
        f.Text(CleaningSchedule, "Cleaning schedule (Onboarding > Days Cleaned)"),
        f.YesNo(ChecklistVerified, "Checklist verified?", required: true),
        f.Text(ChecklistItems, "Checklist items concerned (one per line; the recap lists them)", multiline: true),
        f.Text(ChecklistLink, "Link to the client's checklist (optional)", placeholder: "https://..."),
        f.Text(MasterNoteForm.Issue, "Issue (point form, with detail)", required: true, multiline: true),
        f.Text(Why, "Why (cleaner's own words + your observations)", multiline: true),
        f.Text(Solution, "Solution & prevention (what, by when)", multiline: true),
        f.Choice(Bucket, "Issue bucket", BucketChoices),
    ];

    public static IEnumerable<Block> Call(CardFields f) =>
    [
        f.Choice(Experience, "Experience level (handled this before?)", PassFail),
        f.Number(Distance, "Cleaner distance from building (minutes, must be < 45)", min: 0),
        .. DistanceWarning(f),
        f.Text(PersonalLife, "Personal life constraints (health, travel, burnout...)"),
        f.Choice(ManagementModel, "Cleaner management model", ManagementModels),
        f.Text(WhoFix, "WHO is doing the fix (partner or staff member)"),
        f.YesNo(Accountability, "Did the partner take accountability?"),
        f.Text(AccountabilityWhy, "Why yes or no"),
        f.YesNo(Consequence, "Consequence stated (repeat = removal/BCO, 3 strikes)?"),
    ];

    public static IEnumerable<Block> FollowUp(CardFields f, string zone) =>
    [
        f.Date(NextClean, "When is the next clean (the recap's deadline)"),
        f.Date(SolvedBy, "When will this be solved (next clean, same day if urgent)"),
        f.Date(FollowUpDate, "Follow-up call with the cleaner: date"),
        f.Time(FollowUpTime, $"Follow-up call: time ({zone.Replace('_', ' ')})"),
        f.Number(BuildingCount, "How many buildings do they have", min: 1),
        f.Number(IssuesPast3Months, "Service issues in past 3 months (incl. this one)", min: 0),
        f.YesNo(SolvedFirstAttempt, "Solved on first attempt? (after the next clean)"),
        f.Text(BcoLink, "Link to BCO ticket (if one was opened)"),
    ];

    private static IEnumerable<Block> DistanceWarning(CardFields f) =>
        int.TryParse(f.Value(Distance), out var minutes) && minutes >= MasterNoteRules.MaxDistanceMinutes
            ? [new Paragraph($"{minutes} minutes is not under {MasterNoteRules.MaxDistanceMinutes}: far buildings point to Bucket 1.") { Style = TextStyle.Small, Tone = Tone.Warning }]
            : [];
}
