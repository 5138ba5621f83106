namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// SOP Step 3 priority table. The highest matching row wins: Urgent, then High, then Medium, then Low.
/// Concern-based rows apply to service issues only ("new alarm code" on a client update is not an alarm issue).
/// </summary>
public static class PriorityRule
{
    /// <summary>"1st or 2nd issue" is Medium; "repeated service issues" (High) therefore means the 3rd or later.</summary>
    public const int RepeatedFromStrike = 3;

    public static (TicketPriority Priority, RuleApplied Rule) Decide(TicketIntake intake, TicketType type, int strikeNumber)
    {
        if (type == TicketType.CancellingClient)
        {
            return Result(TicketPriority.Urgent, "cancelling client", SopRef.Step3Priority);
        }
        if (!type.CountsAsServiceIssue())
        {
            return Result(TicketPriority.Low, "general question, minor request or casual feedback");
        }
        return ServiceIssue(intake, type, strikeNumber);
    }

    private static (TicketPriority, RuleApplied) ServiceIssue(TicketIntake intake, TicketType type, int strikeNumber) =>
        ConcernKinds.Classify(intake.Concern) switch
        {
            ConcernKind.MissedClean => Result(TicketPriority.Urgent, "missed clean (removal review process)", SopRef.MissedCleans),
            ConcernKind.UnlockedDoors => Result(TicketPriority.Urgent, "unlocked doors"),
            ConcernKind.AlarmNotSet => Result(TicketPriority.Urgent, "alarm not set"),
            _ when intake.DailyCleanedBuilding => Result(TicketPriority.Urgent, "daily cleaned building"),
            ConcernKind.AlarmIssue => Result(TicketPriority.High, "alarm issue"),
            _ when intake.VeryUpsetClient => Result(TicketPriority.High, "very upset client"),
            _ when type == TicketType.AlreadyBco || strikeNumber >= RepeatedFromStrike =>
                Result(TicketPriority.High, $"repeated service issue (issue #{strikeNumber} in 3 months)"),
            _ => Result(TicketPriority.Medium, $"issue #{strikeNumber} in 3 months (1st or 2nd issue)"),
        };

    private static (TicketPriority, RuleApplied) Result(TicketPriority priority, string why, string sop = SopRef.Step3Priority) =>
        (priority, new RuleApplied("priority", sop, $"{priority}: {why}"));
}
