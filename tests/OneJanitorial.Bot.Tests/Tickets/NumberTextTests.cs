using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData(" 10 ", 10)]
    [InlineData("1", 1)]
    public void ParseWhole_InRange_Number(string text, int expected) => Assert.Equal(expected, NumberText.ParseWhole(text, 1, 10));

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e309")]
    [InlineData("-1e400")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("11")]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("three")]
    public void ParseWhole_NonFiniteOrOutOfRange_Null(string text) => Assert.Null(NumberText.ParseWhole(text, 1, 10));

    [Theory]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void ForCard_NonFinite_Null(string text) => Assert.Null(NumberText.ForCard(text));

    [Fact]
    public void RangeFor_SurveyRating_OneToTen() => Assert.Equal((1, 10), NumberText.RangeFor("surveyRating"));
}
