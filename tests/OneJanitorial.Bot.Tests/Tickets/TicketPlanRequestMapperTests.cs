using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary><c>ticket-plan --json</c> and <c>recap --json</c> lines get the same bounds as the intake cards.</summary>
public sealed class TicketPlanRequestMapperTests
{
    private const string Line =
        """{"client":"Walmart","building":"Store 12","city":"Toronto","timeZone":"America/Toronto","category":"service-issue","concern":"Cleaning Issue","inScope":true,"cleaner":"Jane Doe","cleanerBuildingStart":"2026-11-16","contractStart":"2026-10-01","priorCleanerIssues":0,"cleanerInBco":false,"surveyRating":null,"billingPrice":1250.5,"source":"email","receivedAt":"2026-11-21T09:15:00-05:00"}""";

    [Fact]
    public void Parse_ValidLine_Intake() => Assert.NotNull(TicketPlanRequestMapper.Parse(Line).Intake);

    [Theory]
    [InlineData("client", "\"xxxx\"", "client: Keep this to 200 characters or fewer")]
    [InlineData("contractStart", "\"0001-01-01\"", "contractStart must be a date (yyyy-MM-dd) from 1980-01-01")]
    [InlineData("billingPrice", "2000000", "The billing price must be an amount like 1250.50")]
    [InlineData("priorCleanerIssues", "1000000", "The number of prior issues must be a whole number from 0 to 100.")]
    public void Parse_OutOfBounds_ErrorNamesTheField(string field, string value, string message)
    {
        var json = JsonNode.Parse(Line)!.AsObject();
        json[field] = JsonNode.Parse(value == "\"xxxx\"" ? $"\"{new string('x', 100_000)}\"" : value);

        var (intake, error) = TicketPlanRequestMapper.Parse(json.ToJsonString());

        Assert.Null(intake);
        Assert.Equal(field, error!.Field);
        Assert.StartsWith(message, error.Error);
    }

    [Fact]
    public void Parse_BillingPriceOverflow_WrongTypeNotACrash()
    {
        var (intake, error) = TicketPlanRequestMapper.Parse(Line.Replace("1250.5", "1e400", StringComparison.Ordinal));

        Assert.Null(intake);
        Assert.Equal("billingPrice", error!.Field);
    }
}
