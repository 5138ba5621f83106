using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class ContractionsTests
{
    [Theory]
    [InlineData("the alarm wasn't set", "the alarm was not set")]
    [InlineData("the alarm wasnt set", "the alarm was not set")]
    [InlineData("he can't explain it", "he can not explain it")]
    [InlineData("Won't pick up", "Will not pick up")]
    [InlineData("they didn't show up", "they did not show up")]
    [InlineData("I shouldn't ask", "I should not ask")]
    public void Expand_NegativeContraction_IsSpelledOut(string text, string expected) =>
        Assert.Equal(expected, Contractions.Expand(text));

    [Theory]
    [InlineData("the cleaner's plan")]
    [InlineData("hunt the print")]
    [InlineData("we'll call")]
    public void Expand_OtherText_IsLeftAlone(string text) =>
        Assert.Equal(text, Contractions.Expand(text));
}
