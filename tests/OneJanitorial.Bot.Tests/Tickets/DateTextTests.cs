using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("1980-01-01")]
    [InlineData("2099-12-31")]
    public void Parse_WithinBounds_Date(string text) => Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd"), DateText.Parse(text));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1979-12-31")]
    [InlineData("2100-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("02/03/2026")]
    [InlineData("")]
    public void Parse_OutOfBoundsOrOtherFormat_Null(string text) => Assert.Null(DateText.Parse(text));
}
