using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketNumbersTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("#42", 42L)]
    [InlineData(" #7 ", 7L)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("-3", null)]
    [InlineData("4 2", null)]
    [InlineData("R1-42", null)]
    [InlineData("99999999999999999999", null)]
    public void Parse_Text_NumberOrNull(string? text, long? expected) =>
        Assert.Equal(expected, TicketNumbers.Parse(text));
}
