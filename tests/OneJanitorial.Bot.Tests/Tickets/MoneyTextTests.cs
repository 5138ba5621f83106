using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("1250.50", "1250.50")]
    [InlineData("$1,250.50", "1250.50")]
    [InlineData("$ 1,250", "1250")]
    [InlineData("100", "100")]
    [InlineData("0", "0")]
    [InlineData("1,000,000", "1000000")]
    [InlineData(" 99.5 ", "99.5")]
    public void Parse_OneClearFormat_Amount(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MoneyText.Parse(text));

    [Theory]
    [InlineData("1250,50")]   // a decimal comma: was read as 125050
    [InlineData("1,2,3")]     // was read as 123
    [InlineData("12,50.00")]
    [InlineData("1250.505")]
    [InlineData("1e3")]
    [InlineData("-5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1,000,000.01")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_AnythingElse_Null(string? text) => Assert.Null(MoneyText.Parse(text));
}
