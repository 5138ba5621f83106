using System.Globalization;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Views.Forms.FormSpecs;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The master note (SOP Step 4) as one table of inputs in three parts: the issue, the cleaner call, fix and follow-up.
/// The cards, the reader and the values an existing note shows all come from it. The follow-up call is shown and
/// read in a time zone, so the table is built for one.
/// </summary>
public static class MasterNoteForm
{
    private const string FollowUpDate = "followUpDate";

    public static readonly IReadOnlyList<Option> BucketChoices =
        [.. Enum.GetValues<IssueBucket>().Select(b => new Option($"Bucket {b.Code()}: {b.DisplayName()}", b.Code()))];

    public static readonly IReadOnlyList<Option> PassFail = [new("Pass", "pass"), new("Fail", "fail")];

    public static readonly IReadOnlyList<Option> ManagementModels =
    [
        new("Has their own cleaners", nameof(CleanerManagementModel.OwnCleaners)),
        new("Cleans themselves", nameof(CleanerManagementModel.CleansThemselves)),
        new("Both", nameof(CleanerManagementModel.Both)),
    ];

    /// <summary>Every input of the note, in card order.</summary>
    public static IReadOnlyList<FormSpec<MasterNote>> All(TimeZoneInfo zone) => [.. Issue, .. Call, .. FollowUp(zone)];

    public static IReadOnlyList<FormSpec<MasterNote>> Part(int part, TimeZoneInfo zone) => part switch
    {
        1 => Issue,
        2 => Call,
        _ => FollowUp(zone),
    };

    /// <summary>The note from the inputs; the follow-up call time is read in <paramref name="zone"/>.</summary>
    public static MasterNote Read(FormReader form, TimeZoneInfo zone) => All(zone).Read(form, new MasterNote());

    /// <summary>The inputs for an existing note; the follow-up call is shown in <paramref name="zone"/>, the zone <see cref="Read"/> will use.</summary>
    public static Dictionary<string, string> ToValues(MasterNote note, TimeZoneInfo zone) => All(zone).Values(note);

    /// <summary>The input a master note problem is shown at.</summary>
    public static string InputFor(MasterNoteField field) => All(TimeZoneInfo.Utc).First(f => Equals(f.Rule, field)).Id;

    private static readonly IReadOnlyList<FormSpec<MasterNote>> Issue =
    [
        Text<MasterNote>("cleaningSchedule", "Cleaning schedule (CRM Days Cleaned)", n => n.CleaningSchedule, (n, v) => n with { CleaningSchedule = v })
            with { Rule = MasterNoteField.CleaningSchedule },
        YesNo<MasterNote>("checklistVerified", "Checklist verified?", "Checklist verified", n => n.ChecklistVerified, (n, v) => n with { ChecklistVerified = v })
            with { Required = true, Rule = MasterNoteField.ChecklistVerified },
        Text<MasterNote>("checklistItems", "Checklist items concerned (one per line)", n => n.ChecklistItems, (n, v) => n with { ChecklistItems = v }, multiline: true),
        new("checklistLink", FieldKind.Text, "Link to the client's checklist (optional)", n => n.ChecklistLink, ReadChecklistLink) { Hint = "https://..." },
        Text<MasterNote>("issue", "Issue (point form, with detail)", n => n.Issue, (n, v) => n with { Issue = v }, multiline: true)
            with { Required = true, Rule = MasterNoteField.Issue },
        Text<MasterNote>("why", "Why (cleaner's words + yours)", n => n.Why, (n, v) => n with { Why = v }, multiline: true)
            with { Rule = MasterNoteField.Why },
        Text<MasterNote>("solutionAndPrevention", "Solution & prevention (what, by when)", n => n.SolutionAndPrevention, (n, v) => n with { SolutionAndPrevention = v }, multiline: true)
            with { Rule = MasterNoteField.SolutionAndPrevention },
        Choice<MasterNote>("issueBucket", "Issue bucket", BucketChoices, n => n.IssueBucket?.Code(),
            (n, v) => n with { IssueBucket = IssueBuckets.TryParse(v, out var bucket) ? bucket : null }) with { Rule = MasterNoteField.IssueBucket },
    ];

    private static readonly IReadOnlyList<FormSpec<MasterNote>> Call =
    [
        new("experience", FieldKind.Choice, "Experience level (handled this before?)", n => n.ExperiencePass switch { true => "pass", false => "fail", null => null },
            (n, form, id) => n with { ExperiencePass = form.YesNo(id, "Experience level") }) { Options = PassFail, Rule = MasterNoteField.ExperienceLevel },
        Whole<MasterNote>("distanceMinutes", "Cleaner distance from building (minutes, must be < 45)", "Distance (minutes)", 0,
            n => n.CleanerDistanceMinutes, (n, v) => n with { CleanerDistanceMinutes = v }) with { Rule = MasterNoteField.CleanerDistance, Remark = DistanceWarning },
        Text<MasterNote>("personalLife", "Personal life constraints (health, travel, burnout...)", n => n.PersonalLifeConstraints, (n, v) => n with { PersonalLifeConstraints = v })
            with { Rule = MasterNoteField.PersonalLifeConstraints },
        Choice<MasterNote>("managementModel", "Cleaner management model", ManagementModels, n => n.ManagementModel?.ToString(),
            (n, v) => n with { ManagementModel = Enum.TryParse<CleanerManagementModel>(v, out var model) ? model : null }) with { Rule = MasterNoteField.ManagementModel },
        Text<MasterNote>("whoIsDoingTheFix", "WHO is doing the fix (partner or staff member)", n => n.WhoIsDoingTheFix, (n, v) => n with { WhoIsDoingTheFix = v })
            with { Rule = MasterNoteField.WhoIsDoingTheFix },
        YesNo<MasterNote>("accountability", "Did the partner take accountability?", "Accountability", n => n.PartnerTookAccountability, (n, v) => n with { PartnerTookAccountability = v }),
        Text<MasterNote>("accountabilityWhy", "Why yes or no", n => n.AccountabilityExplanation, (n, v) => n with { AccountabilityExplanation = v })
            with { Rule = MasterNoteField.PartnerTookAccountability },
        YesNo<MasterNote>("consequenceStated", "Consequence stated (repeat = removal/BCO, 3 strikes)?", "Consequence stated", n => n.ConsequenceStated, (n, v) => n with { ConsequenceStated = v })
            with { Rule = MasterNoteField.ConsequenceStated },
    ];

    private static IReadOnlyList<FormSpec<MasterNote>> FollowUp(TimeZoneInfo zone) =>
    [
        Date<MasterNote>("nextClean", "When is the next clean (the recap's deadline)", "Next clean", n => n.NextClean, (n, v) => n with { NextClean = v })
            with { Rule = MasterNoteField.NextClean },
        Date<MasterNote>("solvedBy", "When will this be solved (next clean, same day if urgent)", "Solved by", n => n.SolvedBy, (n, v) => n with { SolvedBy = v })
            with { Rule = MasterNoteField.SolvedBy },
        // Read together with the time, below.
        new(FollowUpDate, FieldKind.Date, "Follow-up call with the cleaner: date", n => FollowUpAt(n, zone, "yyyy-MM-dd"), (n, _, _) => n) { Rule = MasterNoteField.FollowUpCall },
        new("followUpTime", FieldKind.Time, $"Follow-up call: time ({zone.Id.Replace('_', ' ')})", n => FollowUpAt(n, zone, "HH:mm"), (n, form, id) => ReadFollowUp(n, form, id, zone)),
        Whole<MasterNote>("buildingCount", "How many buildings do they have", "Buildings", 1, n => n.BuildingCount, (n, v) => n with { BuildingCount = v })
            with { Rule = MasterNoteField.BuildingCount },
        Whole<MasterNote>("issuesPast3Months", "Service issues in past 3 months (incl. this one)", "Service issues in past 3 months", 0,
            n => n.ServiceIssuesPast3Months, (n, v) => n with { ServiceIssuesPast3Months = v }) with { Rule = MasterNoteField.ServiceIssuesPast3Months },
        YesNo<MasterNote>("solvedFirstAttempt", "Solved on first attempt? (after the next clean)", "Solved on first attempt", n => n.SolvedOnFirstAttempt, (n, v) => n with { SolvedOnFirstAttempt = v })
            with { Rule = MasterNoteField.SolvedOnFirstAttempt },
        Text<MasterNote>("bcoTicketLink", "Link to BCO ticket (if one was opened)", n => n.BcoTicketLink, (n, v) => n with { BcoTicketLink = v })
            with { Rule = MasterNoteField.BcoTicketLink },
    ];

    private static MasterNote ReadChecklistLink(MasterNote note, FormReader form, string id)
    {
        var link = form.Text(id);
        if (link is not null && !IsWebLink(link))
        {
            form.Fail(id, "The checklist link must be a web address (https://...).");
        }
        return note with { ChecklistLink = link };
    }

    private static MasterNote ReadFollowUp(MasterNote note, FormReader form, string id, TimeZoneInfo zone)
    {
        var date = form.Date(FollowUpDate, "Follow-up call date");
        var time = form.Time(id, "Follow-up call time");
        if (date is not null && time is null && form.Text(id) is null)
        {
            form.Fail(id, "Add the time of the follow-up call (check the cleaner's time zone).");
        }
        if (date is not { } d || time is not { } t)
        {
            return note with { FollowUpCallAt = null };
        }
        var at = At(d, t, zone);
        if (at is null)
        {
            form.Fail(id, Skipped(d, t, zone));
        }
        return note with { FollowUpCallAt = at };
    }

    private static string? FollowUpAt(MasterNote note, TimeZoneInfo zone, string format) =>
        note.FollowUpCallAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString(format, CultureInfo.InvariantCulture) : null;

    private static IEnumerable<Block> DistanceWarning(string? entered) =>
        int.TryParse(entered, out var minutes) && minutes >= MasterNoteRules.MaxDistanceMinutes
            ? [new Paragraph($"{minutes} minutes is not under {MasterNoteRules.MaxDistanceMinutes}: far buildings point to Bucket 1.") { Style = TextStyle.Small, Tone = Tone.Warning }]
            : [];

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A date and time in <paramref name="zone"/> (follow-up call, intake received time): <see cref="TimeZones.AtWallClock"/>.</summary>
    public static DateTimeOffset? At(DateOnly date, TimeOnly time, TimeZoneInfo zone) => TimeZones.AtWallClock(date.ToDateTime(time), zone);

    /// <summary>The card's message for a date and time <see cref="At"/> finds skipped (<see cref="TimeZones.Skipped"/>).</summary>
    public static string Skipped(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        TimeZones.Skipped(date.ToDateTime(time).ToString("HH:mm 'on' yyyy-MM-dd", CultureInfo.InvariantCulture), zone);
}
