using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketTypeRuleTests
{
    [Theory]
    [InlineData(IntakeCategory.ServiceIssue, true, 0, false, null, 14, "First Two Weeks")]
    [InlineData(IntakeCategory.ServiceIssue, true, 0, false, null, 0, "First Two Weeks")]
    [InlineData(IntakeCategory.ServiceIssue, true, 0, false, null, 15, "New Concern")]
    [InlineData(IntakeCategory.ServiceIssue, true, 1, false, null, 3, "R1")]
    [InlineData(IntakeCategory.ServiceIssue, true, 1, false, null, 200, "R1")]
    [InlineData(IntakeCategory.ServiceIssue, true, 2, false, null, 200, "Move to BCO")]
    [InlineData(IntakeCategory.ServiceIssue, true, 5, false, null, 200, "Move to BCO")]
    [InlineData(IntakeCategory.ServiceIssue, true, 0, true, null, 3, "Already BCO")]
    [InlineData(IntakeCategory.ServiceIssue, true, 3, true, null, 200, "Already BCO")]
    [InlineData(IntakeCategory.ServiceIssue, false, 2, false, null, 200, "Client Update")]
    [InlineData(IntakeCategory.ClientUpdate, true, 0, false, null, 200, "Client Update")]
    [InlineData(IntakeCategory.ExtraService, false, 0, false, null, 200, "Extra Service")]
    [InlineData(IntakeCategory.Survey, true, 0, false, 1, 200, "Survey Correction under 7")]
    [InlineData(IntakeCategory.Survey, true, 2, true, 5, 200, "Survey Correction under 7")]
    [InlineData(IntakeCategory.Survey, true, 0, false, 6, 200, "Client Update")]
    [InlineData(IntakeCategory.Survey, true, 0, false, 9, 200, "Client Update")]
    [InlineData(IntakeCategory.Survey, false, 0, false, 3, 200, "Client Update")]
    [InlineData(IntakeCategory.Cancelling, true, 4, true, null, 200, "Cancelling Client")]
    [InlineData(IntakeCategory.Cancelling, false, 0, false, null, 200, "Cancelling Client")]
    [InlineData(IntakeCategory.Inspection, true, 1, true, null, 200, "Inspection Correction")]
    [InlineData(IntakeCategory.Inspection, false, 0, false, null, 200, "Client Update")]
    public void Decide_CategoryAndHistory_GivesStep2Type(
        IntakeCategory category, bool inScope, int prior, bool inBco, int? rating, int startedDaysAgo, string expected)
    {
        var received = Intakes.Date("2026-11-23");
        var intake = Intakes.Valid(category) with
        {
            InScope = inScope,
            CleanerInBco = inBco,
            SurveyRating = rating,
            CleanerBuildingStart = received.AddDays(-startedDaysAgo),
        };

        var (type, rule) = TicketTypeRule.Decide(intake, prior, received);

        Assert.Equal(expected, type.Name());
        Assert.Equal(SopRef.Step2, rule.Sop);
        Assert.StartsWith(expected, rule.Decision);
    }

    [Theory]
    [InlineData(TicketType.ClientUpdate, "Client Update", "Update")]
    [InlineData(TicketType.ExtraService, "Extra Service", "Extra")]
    [InlineData(TicketType.FirstTwoWeeks, "First Two Weeks", "New")]
    [InlineData(TicketType.NewConcern, "New Concern", "NC")]
    [InlineData(TicketType.R1, "R1", "R1")]
    [InlineData(TicketType.MoveToBco, "Move to BCO", "BCO")]
    [InlineData(TicketType.AlreadyBco, "Already BCO", "BCO+")]
    [InlineData(TicketType.SurveyCorrection, "Survey Correction under 7", "Survey")]
    [InlineData(TicketType.CancellingClient, "Cancelling Client", "Cancel")]
    [InlineData(TicketType.InspectionCorrection, "Inspection Correction", "Inspect")]
    public void NameAndBadge_EveryType_MatchesStep2Table(TicketType type, string name, string badge)
    {
        Assert.Equal(name, type.Name());
        Assert.Equal(badge, type.Badge());
        Assert.True(TicketTypes.TryParse(name, out var parsed));
        Assert.Equal(type, parsed);
    }

    [Theory]
    [InlineData(TicketType.ClientUpdate, false, false)]
    [InlineData(TicketType.ExtraService, false, false)]
    [InlineData(TicketType.CancellingClient, false, false)]
    [InlineData(TicketType.FirstTwoWeeks, true, false)]
    [InlineData(TicketType.NewConcern, true, false)]
    [InlineData(TicketType.R1, true, true)]
    [InlineData(TicketType.MoveToBco, true, true)]
    [InlineData(TicketType.AlreadyBco, true, true)]
    [InlineData(TicketType.SurveyCorrection, true, false)]
    [InlineData(TicketType.InspectionCorrection, true, false)]
    public void Classes_EveryType_StrikeAndRecurring(TicketType type, bool strike, bool recurring)
    {
        Assert.Equal(strike, type.CountsAsServiceIssue());
        Assert.Equal(recurring, type.IsRecurring());
    }
}
