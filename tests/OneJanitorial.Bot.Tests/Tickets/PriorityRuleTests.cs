using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class PriorityRuleTests
{
    [Theory]
    [InlineData(TicketType.CancellingClient, "Cleaning Issue", 0, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Missed Clean", 1, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.R1, "missed cleaning on Friday", 2, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Doors not locked", 1, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Unlocked door", 1, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Alarm NOT set", 1, false, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Cleaning Issue", 1, true, false, TicketPriority.Urgent)]
    [InlineData(TicketType.NewConcern, "Alarm issue", 1, false, false, TicketPriority.High)]
    [InlineData(TicketType.NewConcern, "Cleaning Issue", 1, false, true, TicketPriority.High)]
    [InlineData(TicketType.MoveToBco, "Cleaning Issue", 3, false, false, TicketPriority.High)]
    [InlineData(TicketType.AlreadyBco, "Cleaning Issue", 1, false, false, TicketPriority.High)]
    [InlineData(TicketType.NewConcern, "Cleaning Issue", 1, false, false, TicketPriority.Medium)]
    [InlineData(TicketType.R1, "Cleaning Issue", 2, false, false, TicketPriority.Medium)]
    [InlineData(TicketType.FirstTwoWeeks, "Trash not emptied", 1, false, false, TicketPriority.Medium)]
    [InlineData(TicketType.SurveyCorrection, "Cleaning Issue", 1, false, false, TicketPriority.Medium)]
    [InlineData(TicketType.InspectionCorrection, "Cleaning Issue", 4, false, false, TicketPriority.High)]
    [InlineData(TicketType.ClientUpdate, "New alarm code", 0, true, true, TicketPriority.Low)]
    [InlineData(TicketType.ClientUpdate, "Missed Clean", 0, false, false, TicketPriority.Low)]
    [InlineData(TicketType.ExtraService, "Carpet deep clean", 0, false, false, TicketPriority.Low)]
    public void Decide_TypeConcernAndFlags_HighestMatchingRowWins(
        TicketType type, string concern, int strike, bool daily, bool upset, TicketPriority expected)
    {
        var intake = Intakes.Valid() with { Concern = concern, DailyCleanedBuilding = daily, VeryUpsetClient = upset };

        var (priority, rule) = PriorityRule.Decide(intake, type, strike);

        Assert.Equal(expected, priority);
        Assert.StartsWith(expected.ToString(), rule.Decision);
        Assert.Contains(rule.Sop, new[] { SopRef.Step3Priority, SopRef.MissedCleans });
    }

    [Theory]
    [InlineData("Missed Clean", ConcernKind.MissedClean)]
    [InlineData("Doors NOT-locked!", ConcernKind.UnlockedDoors)]
    [InlineData("Alarm wasn't set - alarm not set", ConcernKind.AlarmNotSet)]
    [InlineData("alarm not armed", ConcernKind.AlarmNotSet)]
    [InlineData("Alarm code problem", ConcernKind.AlarmIssue)]
    [InlineData("Cleaning Issue", ConcernKind.Other)]
    public void Classify_ConcernText_Kind(string concern, ConcernKind expected) =>
        Assert.Equal(expected, ConcernKinds.Classify(concern));
}
