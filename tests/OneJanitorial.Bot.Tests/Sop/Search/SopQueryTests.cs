using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SopQueryTests
{
    private static readonly Passage Retrain = new(0, "sop.md", "SOP", ["Retrain Process"], "retrain", "Day 1 to day 4: the cleaner retrains the staff member on the checklist.");
    private static readonly Passage Reviews = new(1, "sop.md", "SOP", ["Reviews"], "reviews", "Ask for a review when the client confirms satisfaction.");

    [Theory]
    [InlineData("what happens on the 9th day of the retrain")]
    [InlineData("staff member with 0 retrain days")]
    [InlineData("retrain the staff at 5pm")]
    public void Query_NumberTheManualNeverStates_IsNeitherUnknownNorUncovered(string question)
    {
        using var index = new SopIndex([Retrain, Reviews]);
        var query = new SopQuery(question, index, Glossary.Empty);

        Assert.Equal(0, query.UnknownShare);
        Assert.Equal(1, query.Coverage(0));
    }

    [Theory]
    [InlineData("what else does the cleaner do on the retrain")]
    [InlineData("everything the staff member does in the retrain")]
    [InlineData("the cleaner retrains the staff member himself")]
    [InlineData("staff member probably needs a retrain till day 4")]
    [InlineData("the staff member is super, retrain on the checklist pretty completely")]
    [InlineData("what does the retrain include")]
    public void Query_PronounPrepositionHedgeOrDegree_IsNoWordTheManualLacks(string question)
    {
        using var index = new SopIndex([Retrain, Reviews]);
        var query = new SopQuery(question, index, Glossary.Empty);

        Assert.Equal(0, query.UnknownShare);
        Assert.Equal(1, query.Coverage(0));
    }

    [Fact]
    public void Query_CodeOfDigitsAndLetters_IsAWordTheManualLacks()
    {
        using var index = new SopIndex([Retrain, Reviews]);
        var query = new SopQuery("retrain 401k", index, Glossary.Empty);

        Assert.True(query.UnknownShare > 0);
        Assert.True(query.Coverage(0) < 1);
    }

    [Fact]
    public void IsUnstatedNumber_NumberTheManualStates_IsNot()
    {
        using var index = new SopIndex([Retrain, Reviews]);

        Assert.False(SopQuery.IsUnstatedNumber("4", index));
        Assert.True(SopQuery.IsUnstatedNumber("4th", index));
    }
}
