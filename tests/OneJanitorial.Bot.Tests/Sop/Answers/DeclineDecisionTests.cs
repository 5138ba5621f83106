using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class DeclineDecisionTests
{
    [Theory]
    [InlineData("what is the closure checklist")]
    [InlineData("explain the three strike policy")]
    [InlineData("how many survays evry day")]
    [InlineData("how many bco moves a month is the target")]
    [InlineData("how many core theories are there")]
    [InlineData("is it fine for the cleaner to do a small extra as a courtesy")]
    [InlineData("how do i fill in started in last 90 days")]
    [InlineData("how do i offer a correction to the client")]
    [InlineData("how do i keep a cleaner accountable")]
    [InlineData("where do i find the review targets")]
    public async Task Covers_QuestionTheManualAnswers_IsTrue(string question)
    {
        var result = await Search().SearchAsync(question, SopAnswerer.RetrievalDepth, CancellationToken.None);

        Assert.True(DeclineDecision.Covers(result), $"score {DeclineDecision.Score(result)}");
    }

    [Theory]
    [InlineData("what's the wifi password")]
    [InlineData("how does Marriott handle guest complaints")]
    [InlineData("what is Walmart's return policy")]
    [InlineData("how do I file a complaint about my manager with HR")]
    [InlineData("how do I unlock my windows account")]
    [InlineData("how many weeks notice does a partner owe us before leaving a building")]
    [InlineData("how many staff work at head office")]
    [InlineData("what's the penalty for a missed clean")]
    [InlineData("how do we run background checks on new cleaners")]
    [InlineData("how do i confirm my shift for the weekend")]
    public async Task Covers_QuestionOutsideTheManual_IsFalse(string question)
    {
        var result = await Search().SearchAsync(question, SopAnswerer.RetrievalDepth, CancellationToken.None);

        Assert.False(DeclineDecision.Covers(result), $"score {DeclineDecision.Score(result)}");
    }

    [Fact]
    public void Covers_OutsideSopWhateverTheScore_IsFalse()
    {
        var passage = new OneJanitorial.Bot.Sop.Ingestion.Passage(0, "sop.md", "SOP", ["Reviews"], "reviews", "text");
        var strong = new SopSearchResult("?", [new SopHit(passage, 1, Coverage: 1, Similarity: 0.9)]);

        Assert.True(DeclineDecision.Covers(strong));
        Assert.False(DeclineDecision.Covers(strong with { OutsideSop = "HR" }));
    }

    [Theory]
    [InlineData("Extra Service: billable service not in the contract", false)]
    [InlineData("Extra Service: billable, e.g. $100 for windows", true)]
    public void Covers_AsksForAPrice_OnlyWhenARelevantHitStatesOne(string text, bool expected)
    {
        var passage = new OneJanitorial.Bot.Sop.Ingestion.Passage(0, "sop.md", "SOP", ["Ticket Types"], "types", text);
        var strong = new SopSearchResult("what is the price of a window cleaning extra", [new SopHit(passage, 1, Coverage: 1, Similarity: 0.9)]);

        Assert.Equal(expected, DeclineDecision.Covers(strong));
    }

    [Fact]
    public void Score_NoHits_IsNegativeInfinity() =>
        Assert.Equal(double.NegativeInfinity, DeclineDecision.Score(new SopSearchResult("?", [])));

    private static SopSearch Search() =>
        new(SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder)), embeddings: SopFixture.LocalEmbeddings);
}
