using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Surveys;

public sealed class SurveyIntakeTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void Prefill_ImportedClientWithNotes_SurveyCorrectionFacts()
    {
        var call = new SurveyCall("Acme", "Tower A", 4, "Desks dusty\nBins full");
        var client = new Client("Acme", "Tower A", "Calgary", "America/Edmonton", "Casey", null);

        var prefill = SurveyIntake.Prefill(call, client, Day);

        Assert.Equal(
            new IntakePrefill
            {
                Client = "Acme", Building = "Tower A", City = "Calgary", TimeZone = "America/Edmonton", Concern = "Survey Rating",
                ServiceDate = Day, Source = TicketSource.Phone, Category = IntakeCategory.Survey, SurveyRating = 4,
                Issue = "- Survey call: Desks dusty Bins full",
            },
            prefill);
    }

    [Fact]
    public void Prefill_UnknownClientWithoutNotes_LeavesCityZoneAndIssueBlank()
    {
        var prefill = SurveyIntake.Prefill(new SurveyCall("Acme", "Plaza", 3, null), client: null, Day);

        Assert.Equal((null, null, null), (prefill.City, prefill.TimeZone, prefill.Issue));
    }
}
