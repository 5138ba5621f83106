using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SituationFramingTests
{
    [Theory]
    [InlineData("client called to say the back door was open", "called")]
    [InlineData("the cleaner texted saying she is sick", "texted")]
    [InlineData("client emailed us that the trash was not emptied", "emailed")]
    [InlineData("client sent an email to complain about the floors", "email")]
    public void Remove_ReportFraming_DropsTheChannelKeepsTheEvent(string question, string channel)
    {
        var read = SituationFraming.Remove(question);

        Assert.DoesNotContain(channel, read, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(question.Split(' ')[^1], read, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when should I call the client")]
    [InlineData("what do I say when the cleaner called in sick")]
    [InlineData("which email template do I send")]
    public void Remove_ChannelAsTheSubject_IsKept(string question) =>
        Assert.Equal(question, SituationFraming.Remove(question));

    [Theory]
    [InlineData("cleaner says her vacuum broke, which bucket", true)]
    [InlineData("the client's doors were left unlocked", true)]
    [InlineData("what do I do if the cleaner never shows up", true)]
    [InlineData("my partner wants to quit", true)]
    [InlineData("how do I order toner for the office", false)]
    [InlineData("what is the cleaner avatar", false)]
    [InlineData("how many strikes before removal", false)]
    public void Describes_AnActorDoingSomething_IsASituation(string question, bool situation) =>
        Assert.Equal(situation, SituationFraming.Describes(question));
}
