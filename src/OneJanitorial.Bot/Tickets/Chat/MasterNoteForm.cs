using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The master note (SOP Step 4) as card inputs: ids, choices, and conversion both ways.</summary>
public static class MasterNoteForm
{
    public const string CleaningSchedule = "cleaningSchedule";
    public const string ChecklistVerified = "checklistVerified";
    public const string ChecklistItems = "checklistItems";
    public const string ChecklistLink = "checklistLink";
    public const string Issue = "issue";
    public const string Why = "why";
    public const string Solution = "solutionAndPrevention";
    public const string Bucket = "issueBucket";
    public const string Experience = "experience";
    public const string Distance = "distanceMinutes";
    public const string PersonalLife = "personalLife";
    public const string ManagementModel = "managementModel";
    public const string WhoFix = "whoIsDoingTheFix";
    public const string Accountability = "accountability";
    public const string AccountabilityWhy = "accountabilityWhy";
    public const string Consequence = "consequenceStated";
    public const string NextClean = "nextClean";
    public const string SolvedBy = "solvedBy";
    public const string FollowUpDate = "followUpDate";
    public const string FollowUpTime = "followUpTime";
    public const string BuildingCount = "buildingCount";
    public const string IssuesPast3Months = "issuesPast3Months";
    public const string SolvedFirstAttempt = "solvedFirstAttempt";
    public const string BcoLink = "bcoTicketLink";

    public static readonly IReadOnlyList<Option> BucketChoices =
        [.. Enum.GetValues<IssueBucket>().Select(b => new Option($"Bucket {b.Code()}: {b.DisplayName()}", b.Code()))];

    public static readonly IReadOnlyList<Option> PassFail = [new("Pass", "pass"), new("Fail", "fail")];

    public static readonly IReadOnlyList<Option> ManagementModels =
    [
        new("Has their own cleaners", nameof(CleanerManagementModel.OwnCleaners)),
        new("Cleans themselves", nameof(CleanerManagementModel.CleansThemselves)),
        new("Both", nameof(CleanerManagementModel.Both)),
    ];

    /// <summary>The input a master note problem belongs to.</summary>
    public static string InputFor(MasterNoteField field) => field switch
    {
        MasterNoteField.CleaningSchedule => CleaningSchedule,
        MasterNoteField.ChecklistVerified => ChecklistVerified,
        MasterNoteField.Issue => Issue,
        MasterNoteField.Why => Why,
        MasterNoteField.SolutionAndPrevention => Solution,
        MasterNoteField.IssueBucket => Bucket,
        MasterNoteField.ExperienceLevel => Experience,
        MasterNoteField.CleanerDistance => Distance,
        MasterNoteField.PersonalLifeConstraints => PersonalLife,
        MasterNoteField.ManagementModel => ManagementModel,
        MasterNoteField.WhoIsDoingTheFix => WhoFix,
        MasterNoteField.PartnerTookAccountability => AccountabilityWhy,
        MasterNoteField.ConsequenceStated => Consequence,
        MasterNoteField.NextClean => NextClean,
        MasterNoteField.SolvedBy => SolvedBy,
        MasterNoteField.FollowUpCall => FollowUpDate,
        MasterNoteField.BuildingCount => BuildingCount,
        MasterNoteField.ServiceIssuesPast3Months => IssuesPast3Months,
        MasterNoteField.SolvedOnFirstAttempt => SolvedFirstAttempt,
        _ => BcoLink,
    };

    /// <summary>The note from the inputs; the follow-up call time is read in <paramref name="zone"/>.</summary>
    public static MasterNote Read(FormReader form, TimeZoneInfo zone)
    {
        var followUpDate = form.Date(FollowUpDate, "Follow-up call date");
        var followUpTime = form.Time(FollowUpTime, "Follow-up call time");
        if (followUpDate is not null && followUpTime is null && form.Text(FollowUpTime) is null)
        {
            form.Fail(FollowUpTime, "Add the time of the follow-up call (check the cleaner's time zone).");
        }
        var link = form.Text(ChecklistLink);
        if (link is not null && !IsWebLink(link))
        {
            form.Fail(ChecklistLink, "The checklist link must be a web address (https://...).");
        }
        return new MasterNote
        {
            CleaningSchedule = form.Text(CleaningSchedule),
            ChecklistVerified = form.YesNo(ChecklistVerified, "Checklist verified"),
            ChecklistItems = form.Text(ChecklistItems),
            ChecklistLink = link,
            Issue = form.Text(Issue),
            Why = form.Text(Why),
            SolutionAndPrevention = form.Text(Solution),
            IssueBucket = IssueBuckets.TryParse(form.Text(Bucket), out var bucket) ? bucket : null,
            ExperiencePass = form.YesNo(Experience, "Experience level"),
            CleanerDistanceMinutes = form.Int(Distance, "Distance (minutes)"),
            PersonalLifeConstraints = form.Text(PersonalLife),
            ManagementModel = Enum.TryParse<CleanerManagementModel>(form.Text(ManagementModel), out var model) ? model : null,
            WhoIsDoingTheFix = form.Text(WhoFix),
            PartnerTookAccountability = form.YesNo(Accountability, "Accountability"),
            AccountabilityExplanation = form.Text(AccountabilityWhy),
            ConsequenceStated = form.YesNo(Consequence, "Consequence stated"),
            NextClean = form.Date(NextClean, "Next clean"),
            SolvedBy = form.Date(SolvedBy, "Solved by"),
            FollowUpCallAt = followUpDate is { } d && followUpTime is { } t ? At(d, t, zone) : null,
            BuildingCount = form.Int(BuildingCount, "Buildings", min: 1),
            ServiceIssuesPast3Months = form.Int(IssuesPast3Months, "Service issues in past 3 months"),
            SolvedOnFirstAttempt = form.YesNo(SolvedFirstAttempt, "Solved on first attempt"),
            BcoTicketLink = form.Text(BcoLink),
        };
    }

    /// <summary>The inputs for an existing note; the follow-up call is shown in <paramref name="zone"/>, the zone <see cref="Read"/> will use.</summary>
    public static Dictionary<string, string> ToValues(MasterNote note, TimeZoneInfo zone)
    {
        var followUp = note.FollowUpCallAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : (DateTimeOffset?)null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string id, string? value)
        {
            if (value is not null)
            {
                values[id] = value;
            }
        }
        Set(CleaningSchedule, note.CleaningSchedule);
        Set(ChecklistVerified, YesNo(note.ChecklistVerified));
        Set(ChecklistItems, note.ChecklistItems);
        Set(ChecklistLink, note.ChecklistLink);
        Set(Issue, note.Issue);
        Set(Why, note.Why);
        Set(Solution, note.SolutionAndPrevention);
        Set(Bucket, note.IssueBucket?.Code());
        Set(Experience, note.ExperiencePass switch { true => "pass", false => "fail", null => null });
        Set(Distance, note.CleanerDistanceMinutes?.ToString(CultureInfo.InvariantCulture));
        Set(PersonalLife, note.PersonalLifeConstraints);
        Set(ManagementModel, note.ManagementModel?.ToString());
        Set(WhoFix, note.WhoIsDoingTheFix);
        Set(Accountability, YesNo(note.PartnerTookAccountability));
        Set(AccountabilityWhy, note.AccountabilityExplanation);
        Set(Consequence, YesNo(note.ConsequenceStated));
        Set(NextClean, IsoDate(note.NextClean));
        Set(SolvedBy, IsoDate(note.SolvedBy));
        Set(FollowUpDate, followUp?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(FollowUpTime, followUp?.ToString("HH:mm", CultureInfo.InvariantCulture));
        Set(BuildingCount, note.BuildingCount?.ToString(CultureInfo.InvariantCulture));
        Set(IssuesPast3Months, note.ServiceIssuesPast3Months?.ToString(CultureInfo.InvariantCulture));
        Set(SolvedFirstAttempt, YesNo(note.SolvedOnFirstAttempt));
        Set(BcoLink, note.BcoTicketLink);
        return values;
    }

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
