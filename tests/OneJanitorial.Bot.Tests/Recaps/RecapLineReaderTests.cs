using System.Text.Json.Nodes;
using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapLineReaderTests
{
    private static RecapLineReader Reader(string json) => new(JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void Error_TwoBadFields_TheFirstOneReadStandsForTheLine()
    {
        var line = Reader("""{"nextCleanDate":"2026-13-01","followUpAt":"soon"}""");

        line.Date("nextCleanDate");
        line.LocalDateTime("followUpAt", TimeZoneInfo.Utc);

        Assert.Equal(new RecapInputError("nextCleanDate", "\"nextCleanDate\" must be a date like 2026-03-10, from 1980-01-01 to 2099-12-31."), line.Error);
    }

    [Fact]
    public void Lines_ListWithANumber_MustHoldTextItems()
    {
        var line = Reader("""{"issue":["Trash",3]}""");

        Assert.Empty(line.Lines("issue"));
        Assert.Equal("\"issue\" must hold text items.", line.Error!.Message);
    }

    [Fact]
    public void Lines_TextWithBullets_PointsWithoutError()
    {
        var line = Reader("""{"issue":"- Trash\n\n• Floors"}""");

        Assert.Equal(["Trash", "Floors"], line.Lines("issue"));
        Assert.Null(line.Error);
    }

    [Theory]
    [InlineData("""{"issue":["- Trash","Floors"]}""")]
    [InlineData("""{"issue":"- Trash\nFloors"}""")]
    public void LineText_ListOrText_ItemsAsGivenOnePerLine(string json)
    {
        var line = Reader(json);

        Assert.Equal("- Trash\nFloors", line.LineText("issue"));
        Assert.Null(line.Error);
    }

    [Theory]
    [InlineData("1979-12-31T23:59")]
    [InlineData("2100-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2100-01-01T00:00:00-05:00")]
    public void LocalDateTime_OutsideTheTicketYears_ErrorNamingTheRange(string text)
    {
        var line = Reader($$"""{"followUpAt":"{{text}}"}""");

        line.LocalDateTime("followUpAt", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal("followUpAt", line.Error!.Field);
        Assert.Contains("from 1980-01-01 to 2099-12-31", line.Error.Message);
    }

    [Fact]
    public void OptionalLocalDateTime_AbsentOrWallClock_NullOrTimeInTheZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var line = Reader("""{"followUpAt":"2026-03-11T10:00"}""");

        Assert.Null(line.OptionalLocalDateTime("nextCleanAt", zone));
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(-4)), line.OptionalLocalDateTime("followUpAt", zone));
        Assert.Null(line.Error);
    }
}
