using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Speller = new(
        ["Client survey calls every 2 months. Create the ticket today. The cleaner must respond."],
        ["what", "the"],
        new HashSet<string> { "vacation", "list" });

    [Theory]
    [InlineData("survay", "survey")]
    [InlineData("evry", "every")]
    [InlineData("tikcet", "ticket")]
    [InlineData("cleanr", "cleaner")]
    [InlineData("respnd", "respond")]
    public void Correct_TypoOfAManualWord_ReturnsTheManualWord(string typed, string expected) =>
        Assert.Equal(expected, Speller.Correct(typed));

    [Theory]
    [InlineData("survey")]
    [InlineData("vacation")]
    [InlineData("list")]
    [InlineData("payday")]
    [InlineData("vpn")]
    [InlineData("42")]
    public void Correct_KnownShortOrFarWord_IsLeftAlone(string typed) =>
        Assert.Null(Speller.Correct(typed));

    [Fact]
    public void CorrectText_ReportsEachCorrection()
    {
        var (text, corrections) = Speller.CorrectText("evry survay");

        Assert.Equal("every survey", text);
        Assert.Equal([("evry", "every"), ("survay", "survey")], corrections);
    }
}
