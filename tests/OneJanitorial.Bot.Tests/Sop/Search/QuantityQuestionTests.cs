using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class QuantityQuestionTests
{
    [Theory]
    [InlineData("how long do I have to close a ticket?", true)]
    [InlineData("how many surveys a day", true)]
    [InlineData("what's the deadline for a new ticket", true)]
    [InlineData("what is BCO+", false)]
    [InlineData("how do I close a ticket", false)]
    public void Asks_QuestionForANumber_IsRecognised(string question, bool expected) =>
        Assert.Equal(expected, QuantityQuestion.Asks(question));
}
