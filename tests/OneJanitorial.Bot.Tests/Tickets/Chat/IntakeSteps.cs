using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>Intake answers for a service issue at Walmart Store 12 (Toronto), received Monday 2026-03-02 09:00 local.</summary>
internal static class IntakeSteps
{
    public static readonly object Review = new { client = "Walmart", building = "Walmart Store 12", city = "Toronto", timeZone = "America/Toronto" };

    public static readonly object Concern = new { concern = "Cleaning Issue", serviceDate = "2026-02-27", source = "email", attachments = true };

    public static readonly object Cleaner = new
    {
        cleaner = "Jane Doe", cleanerBuildingStart = "2026-01-05", contractStart = "2025-06-01", cleanerInBco = "no", billingPrice = 100, priorCleanerIssues = 1,
    };

    public static readonly object NoteIssue = new
    {
        cleaningSchedule = "Mon/Wed/Fri evenings", issue = "- Trash not emptied in kitchen (service of 2026-02-27)", why = "New staff skipped the kitchen", solutionAndPrevention = "Partner retrains staff Day 1-4", issueBucket = "2",
    };

    public static readonly object NoteCall = new
    {
        experience = "pass", distanceMinutes = 20, personalLife = "None", managementModel = "OwnCleaners", whoIsDoingTheFix = "Partner personally",
        accountability = "yes", accountabilityWhy = "Owned the miss", consequenceStated = "yes",
    };

    public static readonly object NoteFollowUp = new
    {
        nextClean = "2026-03-04", solvedBy = "2026-03-04", followUpDate = "2026-03-05", followUpTime = "09:00", buildingCount = 4,
    };

    /// <summary>From "new ticket" to the cleaner card, in scope.</summary>
    public static ConversationScript ToCleaner(this ConversationScript script) => script
        .Send("full ticket").ExpectCard("Initial review")
        .Submit(Review).ExpectCard("The concern")
        .Submit(Concern).ExpectCard("Service issue or client update")
        .Submit(new { category = "service-issue" }).ExpectCard("Verify against the checklist")
        .Submit(new { inScope = "yes" }).ExpectCard("Cleaner facts");
}
