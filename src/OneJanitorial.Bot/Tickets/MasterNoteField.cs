namespace OneJanitorial.Bot.Tickets;

/// <summary>The twenty master note fields, in the order of the SOP Step 4 table.</summary>
public enum MasterNoteField
{
    CleaningSchedule,
    ChecklistVerified,
    Issue,
    Why,
    SolutionAndPrevention,
    IssueBucket,
    ExperienceLevel,
    CleanerDistance,
    PersonalLifeConstraints,
    ManagementModel,
    WhoIsDoingTheFix,
    PartnerTookAccountability,
    ConsequenceStated,
    NextClean,
    SolvedBy,
    FollowUpCall,
    BuildingCount,
    ServiceIssuesPast3Months,
    SolvedOnFirstAttempt,
    BcoTicketLink,
}

public static class MasterNoteFields
{
    private static readonly Dictionary<MasterNoteField, string> Labels = new()
    {
        [MasterNoteField.CleaningSchedule] = "Cleaning Schedule",
        [MasterNoteField.ChecklistVerified] = "Checklist Verified (Yes/No)",
        [MasterNoteField.Issue] = "Issue",
        [MasterNoteField.Why] = "Why",
        [MasterNoteField.SolutionAndPrevention] = "Solution & Prevention",
        [MasterNoteField.IssueBucket] = "Issue Bucket",
        [MasterNoteField.ExperienceLevel] = "Experience Level (Pass/Fail)",
        [MasterNoteField.CleanerDistance] = "Cleaner Distance From Building",
        [MasterNoteField.PersonalLifeConstraints] = "Personal Life Constraints",
        [MasterNoteField.ManagementModel] = "Cleaner Management Model",
        [MasterNoteField.WhoIsDoingTheFix] = "WHO Is Doing the Fix",
        [MasterNoteField.PartnerTookAccountability] = "Did Partner Take Accountability (Yes/No)",
        [MasterNoteField.ConsequenceStated] = "Consequence Stated (Yes/No)",
        [MasterNoteField.NextClean] = "When Is Next Clean",
        [MasterNoteField.SolvedBy] = "When Will This Be Solved",
        [MasterNoteField.FollowUpCall] = "Scheduled Follow-Up Call Date/Time",
        [MasterNoteField.BuildingCount] = "How Many Buildings Do They Have",
        [MasterNoteField.ServiceIssuesPast3Months] = "How Many Service Issues in Past 3 Months",
        [MasterNoteField.SolvedOnFirstAttempt] = "Was Problem Solved on First Attempt",
        [MasterNoteField.BcoTicketLink] = "Link to BCO Ticket (If Needed)",
    };

    public static string Label(this MasterNoteField field) => Labels[field];

    public static bool IsFilled(this MasterNote note, MasterNoteField field) => field switch
    {
        MasterNoteField.CleaningSchedule => Has(note.CleaningSchedule),
        MasterNoteField.ChecklistVerified => note.ChecklistVerified is not null,
        MasterNoteField.Issue => Has(note.Issue),
        MasterNoteField.Why => Has(note.Why),
        MasterNoteField.SolutionAndPrevention => Has(note.SolutionAndPrevention),
        MasterNoteField.IssueBucket => note.IssueBucket is not null,
        MasterNoteField.ExperienceLevel => note.ExperiencePass is not null,
        MasterNoteField.CleanerDistance => note.CleanerDistanceMinutes is not null,
        MasterNoteField.PersonalLifeConstraints => Has(note.PersonalLifeConstraints),
        MasterNoteField.ManagementModel => note.ManagementModel is not null,
        MasterNoteField.WhoIsDoingTheFix => Has(note.WhoIsDoingTheFix),
        MasterNoteField.PartnerTookAccountability => note.PartnerTookAccountability is not null && Has(note.AccountabilityExplanation),
        MasterNoteField.ConsequenceStated => note.ConsequenceStated is not null,
        MasterNoteField.NextClean => note.NextClean is not null,
        MasterNoteField.SolvedBy => note.SolvedBy is not null,
        MasterNoteField.FollowUpCall => note.FollowUpCallAt is not null,
        MasterNoteField.BuildingCount => note.BuildingCount is not null,
        MasterNoteField.ServiceIssuesPast3Months => note.ServiceIssuesPast3Months is not null,
        MasterNoteField.SolvedOnFirstAttempt => note.SolvedOnFirstAttempt is not null,
        MasterNoteField.BcoTicketLink => Has(note.BcoTicketLink),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
