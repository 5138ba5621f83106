using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("explain the three strike policy", "explain the 3 strike policy")]
    [InlineData("the twenty five dollar credit", "the $25 credit")]
    [InlineData("a 25 bucks credit", "a $25 credit")]
    [InlineData("twenty-one days", "21 days")]
    [InlineData("what happens on the third strike", "what happens on the 3rd strike")]
    [InlineData("the Second issue", "the 2nd issue")]
    [InlineData("I called three times", "I called 3x")]
    [InlineData("no response twice", "no response 2x")]
    public void Normalize_NumberWordsAndOrdinals_BecomeDigits(string text, string expected) =>
        Assert.Equal(expected, NumberWords.Normalize(text));

    [Theory]
    [InlineData("phone someone who is done")]
    [InlineData("the 3rd issue in 3 months")]
    public void Normalize_WordsThatOnlyContainNumberWords_StayAsTheyAre(string text) =>
        Assert.Equal(text, NumberWords.Normalize(text));
}
