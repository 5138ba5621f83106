using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketRulesTests
{
    [Theory]
    [InlineData(100, "$100")]
    [InlineData(1250.5, "$1,250.50")]
    [InlineData(0, "$0")]
    [InlineData(99.999, "$100")]
    [InlineData(0.5, "$0.50")]
    [InlineData(1234567, "$1,234,567")]
    [InlineData(19.994, "$19.99")]
    public void FormatPrice_Amount_DollarsLikeSopExample(double amount, string expected) =>
        Assert.Equal(expected, TicketTitle.FormatPrice((decimal)amount));

    [Theory]
    [InlineData(TicketType.FirstTwoWeeks, "Walmart", "Cleaning Issue", "Jane Doe", 100, "First Two Weeks — Walmart — Cleaning Issue — Jane Doe — $100")]
    [InlineData(TicketType.MoveToBco, " Acme  Corp ", "Missed\nClean", "Li Wei", 1250.5, "Move to BCO — Acme Corp — Missed Clean — Li Wei — $1,250.50")]
    [InlineData(TicketType.SurveyCorrection, "Bank, Inc.", "Survey 4/10", "O'Neil", 80, "Survey Correction under 7 — Bank, Inc. — Survey 4/10 — O'Neil — $80")]
    public void Format_Parts_Step2TitleOrder(TicketType type, string company, string concern, string cleaner, double price, string expected) =>
        Assert.Equal(expected, TicketTitle.Format(type, company, concern, cleaner, (decimal)price));

    [Theory]
    [InlineData("Toronto", "Taylor")]
    [InlineData(" toronto ", "Taylor")]
    [InlineData("Calgary", "Peter")]
    [InlineData("Halifax", "Main Ticket Board")]
    public void Owner_City_FromRegionTableOrDefault(string city, string expected) =>
        Assert.Equal(expected, TicketRules.Owner(city, Intakes.Settings()));

    [Theory]
    [InlineData(IntakeCategory.ServiceIssue, false, "3A")]
    [InlineData(IntakeCategory.ClientUpdate, false, "3A")]
    [InlineData(IntakeCategory.Survey, false, "3A")]
    [InlineData(IntakeCategory.Inspection, false, "3A")]
    [InlineData(IntakeCategory.ExtraService, false, null)]
    [InlineData(IntakeCategory.Cancelling, false, null)]
    [InlineData(IntakeCategory.ServiceIssue, true, null)]
    public void VerifyScope_NotInScope_Bucket3A(IntakeCategory category, bool inScope, string? expected)
    {
        var (bucket, rule) = TicketRules.VerifyScope(category, inScope);

        Assert.Equal(expected, bucket?.Code());
        Assert.Equal(expected is null ? null : SopRef.Step1B, rule?.Sop);
    }

    [Theory]
    [InlineData("2026-08-23", "2026-11-23", true)]
    [InlineData("2026-08-22", "2026-11-23", false)]
    [InlineData("2026-11-23", "2026-11-23", true)]
    [InlineData("2026-11-24", "2026-11-23", false)]
    public void NewInBuilding_StartDate_WithinThreeMonths(string start, string received, bool expected) =>
        Assert.Equal(expected, TicketRules.NewInBuilding(Intakes.Date(start), Intakes.Date(received)));

    [Theory]
    [InlineData("2026-08-25", "2026-11-23", true)]
    [InlineData("2026-08-24", "2026-11-23", false)]
    [InlineData("2026-11-23", "2026-11-23", true)]
    public void StartedLast90Days_ContractStart_Within90Days(string start, string received, bool expected) =>
        Assert.Equal(expected, TicketRules.StartedLast90Days(Intakes.Date(start), Intakes.Date(received)));

    [Theory]
    [InlineData(TicketType.NewConcern, 0, 1)]
    [InlineData(TicketType.R1, 1, 2)]
    [InlineData(TicketType.MoveToBco, 4, 5)]
    [InlineData(TicketType.InspectionCorrection, 1, 2)]
    [InlineData(TicketType.ClientUpdate, 2, 2)]
    [InlineData(TicketType.ExtraService, 0, 0)]
    [InlineData(TicketType.CancellingClient, 1, 1)]
    public void StrikeNumber_TypeAndPrior_CountsThisOneOnlyForServiceIssues(TicketType type, int prior, int expected) =>
        Assert.Equal(expected, TicketRules.StrikeNumber(type, prior));

    [Theory]
    [InlineData("2026-11-23", "2026-08-23")]
    [InlineData("2026-05-31", "2026-02-28")]
    public void StrikeWindowStart_ReceivedDate_ThreeCalendarMonthsBack(string received, string expected) =>
        Assert.Equal(Intakes.Date(expected), TicketRules.StrikeWindowStart(Intakes.Date(received)));

    [Theory]
    [InlineData("service-issue", true, IntakeCategory.ServiceIssue)]
    [InlineData("Client-Update", true, IntakeCategory.ClientUpdate)]
    [InlineData("extra-service", true, IntakeCategory.ExtraService)]
    [InlineData("survey", true, IntakeCategory.Survey)]
    [InlineData("cancelling", true, IntakeCategory.Cancelling)]
    [InlineData("inspection", true, IntakeCategory.Inspection)]
    [InlineData("complaint", false, IntakeCategory.ServiceIssue)]
    [InlineData("1", false, IntakeCategory.ServiceIssue)]
    public void TryParseCategory_WireName_Category(string name, bool ok, IntakeCategory expected)
    {
        Assert.Equal(ok, IntakeNames.TryParseCategory(name, out var category));
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData("email", true, TicketSource.Email)]
    [InlineData("Form", true, TicketSource.Form)]
    [InlineData("phone", true, TicketSource.Phone)]
    [InlineData("1", false, TicketSource.Email)]
    [InlineData("fax", false, TicketSource.Email)]
    public void TryParseSource_WireName_Source(string name, bool ok, TicketSource expected)
    {
        Assert.Equal(ok, IntakeNames.TryParseSource(name, out var source));
        Assert.Equal(expected, source);
    }

    [Fact]
    public void Plan_SecondIssueOnSaturday_EveryFieldTracedToSop()
    {
        var intake = Intakes.Valid() with { ReceivedAt = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(-5)) };

        var plan = TicketRules.Plan(intake, priorServiceIssues: 1, Intakes.Settings());

        Assert.Equal(TicketType.R1, plan.Type);
        Assert.Equal("R1 — Walmart — Cleaning Issue — Jane Doe — $100", plan.Title);
        Assert.Equal(TicketPriority.Medium, plan.Priority);
        Assert.Equal(Intakes.Date("2026-11-21"), plan.ReceivedDate);
        Assert.Equal(Intakes.Date("2026-11-23"), plan.CreateDate);
        Assert.Equal(Intakes.Date("2026-11-30"), plan.EstCloseDate);
        Assert.Equal(2, plan.StrikeNumber);
        Assert.Null(plan.Bucket);
        Assert.Equal("Client Support", plan.Department);
        Assert.Equal("Taylor", plan.Owner);
        Assert.Equal(TicketStage.NewSubmission, plan.Stage);
        Assert.Equal(
            ["ticket-type", "title", "strike-count", "priority", "create-date", "est-close-date", "new-in-building", "started-last-90-days", "department", "owner", "source"],
            plan.Rules.Select(r => r.Rule));
        Assert.All(plan.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Sop)));
    }

    [Fact]
    public void Plan_SameInputTwice_SamePlan()
    {
        var first = TicketRules.Plan(Intakes.Valid(), 0, Intakes.Settings());
        var second = TicketRules.Plan(Intakes.Valid(), 0, Intakes.Settings());

        Assert.Equal(first with { Rules = [] }, second with { Rules = [] });
        Assert.Equal(first.Rules, second.Rules);
    }
}
