using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class IntakePrefillTests
{
    [Fact]
    public void ToOptions_ThenFrom_SamePrefill()
    {
        var prefill = new IntakePrefill
        {
            Client = "Acme", Building = "Tower A", City = "Calgary", TimeZone = "America/Edmonton", Concern = "Survey Rating",
            ServiceDate = new DateOnly(2026, 3, 2), Source = TicketSource.Phone, Category = IntakeCategory.Survey, SurveyRating = 4,
            Issue = "- Survey call: desks dusty",
        };

        Assert.Equal(prefill, IntakePrefill.From(prefill.ToOptions()));
    }

    [Fact]
    public void From_NoOrEmptyOptions_Null()
    {
        Assert.Null(IntakePrefill.From(null));
        Assert.Null(IntakePrefill.From([]));
    }

    [Fact]
    public void ToOptions_Enums_WrittenByName()
    {
        var options = new IntakePrefill { Source = TicketSource.Phone }.ToOptions();

        Assert.Equal("Phone", options["source"]!.GetValue<string>());
        Assert.Null(options["category"]);
    }
}
