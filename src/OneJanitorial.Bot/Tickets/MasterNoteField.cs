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
    /// <summary>The field as the SOP table labels it.</summary>
    public static string Label(this MasterNoteField field) => Row(field).Label;

    public static bool IsFilled(this MasterNote note, MasterNoteField field) => Row(field).IsFilled(note);

    /// <summary>Each field's SOP label and when the note counts it as filled, one row per field.</summary>
    private static (string Label, Func<MasterNote, bool> IsFilled) Row(MasterNoteField field) => field switch
    {
        MasterNoteField.CleaningSchedule => ("Cleaning Schedule", n => Has(n.CleaningSchedule)),
        MasterNoteField.ChecklistVerified => ("Checklist Verified (Yes/No)", n => n.ChecklistVerified is not null),
        MasterNoteField.Issue => ("Issue", n => Has(n.Issue)),
        MasterNoteField.Why => ("Why", n => Has(n.Why)),
        MasterNoteField.SolutionAndPrevention => ("Solution & Prevention", n => Has(n.SolutionAndPrevention)),
        MasterNoteField.IssueBucket => ("Issue Bucket", n => n.IssueBucket is not null),
        MasterNoteField.ExperienceLevel => ("Experience Level (Pass/Fail)", n => n.ExperiencePass is not null),
        MasterNoteField.CleanerDistance => ("Cleaner Distance From Building", n => n.CleanerDistanceMinutes is not null),
        MasterNoteField.PersonalLifeConstraints => ("Personal Life Constraints", n => Has(n.PersonalLifeConstraints)),
        MasterNoteField.ManagementModel => ("Cleaner Management Model", n => n.ManagementModel is not null),
        MasterNoteField.WhoIsDoingTheFix => ("WHO Is Doing the Fix", n => Has(n.WhoIsDoingTheFix)),
        MasterNoteField.PartnerTookAccountability => ("Did Partner Take Accountability (Yes/No)", n => n.PartnerTookAccountability is not null && Has(n.AccountabilityExplanation)),
        MasterNoteField.ConsequenceStated => ("Consequence Stated (Yes/No)", n => n.ConsequenceStated is not null),
        MasterNoteField.NextClean => ("When Is Next Clean", n => n.NextClean is not null),
        MasterNoteField.SolvedBy => ("When Will This Be Solved", n => n.SolvedBy is not null),
        MasterNoteField.FollowUpCall => ("Scheduled Follow-Up Call Date/Time", n => n.FollowUpCallAt is not null),
        MasterNoteField.BuildingCount => ("How Many Buildings Do They Have", n => n.BuildingCount is not null),
        MasterNoteField.ServiceIssuesPast3Months => ("How Many Service Issues in Past 3 Months", n => n.ServiceIssuesPast3Months is not null),
        MasterNoteField.SolvedOnFirstAttempt => ("Was Problem Solved on First Attempt", n => n.SolvedOnFirstAttempt is not null),
        MasterNoteField.BcoTicketLink => ("Link to BCO Ticket (If Needed)", n => Has(n.BcoTicketLink)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
