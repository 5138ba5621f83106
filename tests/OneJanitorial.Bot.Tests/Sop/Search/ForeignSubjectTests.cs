using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class ForeignSubjectTests
{
    private static readonly Lazy<OneJanitorial.Bot.Sop.Knowledge.KnowledgeSnapshot> Manual = new(() =>
    {
        var knowledge = SopFixture.Manual(semantic: false).Knowledge;
        return knowledge.WhenReadyAsync(CancellationToken.None).GetAwaiter().GetResult();
    });

    [Theory]
    [InlineData("how does Uber handle customer complaints", "Uber")]
    [InlineData("how does servicemaster train its cleaners", "servicemaster")]
    [InlineData("what is Walmart's return policy", "Walmart")]
    [InlineData("what's walmart's return policy", "walmart")]
    public void Find_AnotherCompanysProcess_NamesTheCompany(string question, string expected) =>
        Assert.Equal(expected, ForeignSubject.Find(question, Manual.Value.Index, Manual.Value.Glossary));

    [Theory]
    [InlineData("how do i create a new user in hubspot", "hubspot")]
    [InlineData("how to export a report from HubSpot", "HubSpot")]
    public void Find_HowToWorkAToolTheSopOnlyNames_NamesTheTool(string question, string expected) =>
        Assert.Equal(expected, ForeignSubject.Find(question, Manual.Value.Index, Manual.Value.Glossary));

    [Theory]
    [InlineData("how do I check that HubSpot assignments are current")]
    [InlineData("where do I find the cleaner's name in hubspot")]
    [InlineData("how do I pin the master note in HubSpot")]
    [InlineData("how does attrition count toward the targets")]
    [InlineData("how does the 3 strike policy work")]
    [InlineData("how does BCO work")]
    [InlineData("how do cleaners with cleaners prove quality")]
    [InlineData("what goes in the cleaner's master note")]
    [InlineData("how does Edgar want vetoed placements sent")]
    [InlineData("the client says everything's good again, do I close the ticket")]
    [InlineData("last night's clean fixed it, what email goes out")]
    public void Find_TheSopsOwnActors_IsNull(string question) =>
        Assert.Null(ForeignSubject.Find(question, Manual.Value.Index, Manual.Value.Glossary));
}
