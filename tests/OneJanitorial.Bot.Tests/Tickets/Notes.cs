using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>Complete master notes and closures, to remove one item at a time.</summary>
internal static class Notes
{
    public static MasterNote Complete() => new()
    {
        CleaningSchedule = "Mon/Wed/Fri evenings",
        ChecklistVerified = true,
        Issue = "- Trash not emptied in kitchen",
        Why = "New staff member skipped the kitchen",
        SolutionAndPrevention = "Partner retrains staff Day 1-4; inspection photos after next clean",
        IssueBucket = IssueBucket.Bucket2,
        ExperiencePass = true,
        CleanerDistanceMinutes = 20,
        PersonalLifeConstraints = "None",
        ManagementModel = CleanerManagementModel.OwnCleaners,
        WhoIsDoingTheFix = "Partner personally",
        PartnerTookAccountability = true,
        AccountabilityExplanation = "Owned the miss without blaming the client",
        ConsequenceStated = true,
        NextClean = new DateOnly(2026, 11, 25),
        SolvedBy = new DateOnly(2026, 11, 25),
        FollowUpCallAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(-5)),
        BuildingCount = 4,
        ServiceIssuesPast3Months = 2,
        SolvedOnFirstAttempt = true,
        BcoTicketLink = "https://crm.example/tickets/77",
    };

    public static TicketClosure CompleteClosure() => new()
    {
        ClientConfirmation = ClientConfirmation.ClientConfirmedResolved,
        RootCauseDocumented = true,
        ManagementTagged = true,
        LongTermPlanInPlace = true,
        Review = ReviewStatus.ReviewRequested,
        Recurring = new()
        {
            FirstOccurrence = new DateOnly(2026, 10, 2),
            OriginalPlanAndWhyItFailed = "Checklist reminder; staff changed",
            WhyItFailedAgain = "No inspection after the clean",
            CleanerExplanation = "Did not supervise the new staff",
            PerformanceReviewLast6Months = "2 issues, both kitchen",
            AccountabilityTaken = "Yes",
            RemovalDecisionPerAvatar = "Keep: meets Avatar, has a partner and supervision plan",
        },
    };
}
