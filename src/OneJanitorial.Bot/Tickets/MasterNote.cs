namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The pinned master note of SOP Step 4: twenty fields, all optional while the ticket is worked.
/// <see cref="MasterNoteRules"/> says which are required when.
/// </summary>
public sealed record MasterNote
{
    public string? CleaningSchedule { get; init; }
    public bool? ChecklistVerified { get; init; }

    /// <summary>
    /// Not one of the twenty SOP fields: the client's checklist items the issue concerns, one per line, found at the
    /// Step 1B verification. The cleaner recap's Checklist section lists them.
    /// </summary>
    public string? ChecklistItems { get; init; }

    /// <summary>Not one of the twenty SOP fields: a link to the client's full checklist, when the CSR has one (http or https).</summary>
    public string? ChecklistLink { get; init; }
    public string? Issue { get; init; }
    public string? Why { get; init; }
    public string? SolutionAndPrevention { get; init; }
    public IssueBucket? IssueBucket { get; init; }
    /// <summary>Experience Level: true = Pass, false = Fail.</summary>
    public bool? ExperiencePass { get; init; }
    public int? CleanerDistanceMinutes { get; init; }
    public string? PersonalLifeConstraints { get; init; }
    public CleanerManagementModel? ManagementModel { get; init; }
    public string? WhoIsDoingTheFix { get; init; }
    public bool? PartnerTookAccountability { get; init; }
    /// <summary>The "explain why yes or no" of the accountability field.</summary>
    public string? AccountabilityExplanation { get; init; }
    public bool? ConsequenceStated { get; init; }
    public DateOnly? NextClean { get; init; }
    public DateOnly? SolvedBy { get; init; }
    public DateTimeOffset? FollowUpCallAt { get; init; }
    public int? BuildingCount { get; init; }
    public int? ServiceIssuesPast3Months { get; init; }
    public bool? SolvedOnFirstAttempt { get; init; }
    public string? BcoTicketLink { get; init; }
}
