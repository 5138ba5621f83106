using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class AnswerIntentTests
{
    [Theory]
    [InlineData("explain the 3 strike policy")]
    [InlineData("what goes in the master note")]
    [InlineData("every step of the closure checklist")]
    [InlineData("all the ticket fields please")]
    [InlineData("the full list of ticket stages")]
    [InlineData("everything i do before closing a ticket")]
    [InlineData("the ticket stages, what are they")]
    [InlineData("ticket stages, explain")]
    [InlineData("what details go on the master note")]
    [InlineData("reasons a cleaner gets taken off a building")]
    [InlineData("walk me thru the retrain process")]
    [InlineData("what ticket stages do we have")]
    [InlineData("what review statuses are there")]
    public void AsksForWhole_ListQuestion_IsTrue(string question) => Assert.True(AnswerIntent.AsksForWhole(question));

    [Theory]
    [InlineData("how long do I have to close a ticket")]
    [InlineData("who reviews new placements every day")]
    [InlineData("what is the priority of a missed clean")]
    [InlineData("cleaner didnt show up at all last night")]
    [InlineData("what hours do we have to answer the phones")]
    public void AsksForWhole_SingleFactQuestion_IsFalse(string question) => Assert.False(AnswerIntent.AsksForWhole(question));
}
