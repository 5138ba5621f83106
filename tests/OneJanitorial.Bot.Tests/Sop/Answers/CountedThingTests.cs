using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class CountedThingTests
{
    [Theory]
    [InlineData("how many weeks notice does a partner owe us", "notice")]
    [InlineData("how much notice should a client give", "notice")]
    [InlineData("how many desks are in the office", "desks")]
    [InlineData("how many window washes per quarter are ok", "window washes")]
    [InlineData("how many follow ups can I send", "follow ups")]
    public void Find_HowManyOfAThing_IsTheThing(string question, string expected) =>
        Assert.Equal(expected, CountedThing.Find(question));

    [Theory]
    [InlineData("how many times should I ring the partner")]
    [InlineData("how many days does the partner get to reply")]
    [InlineData("how much does a carpet shampoo cost")]
    [InlineData("how long is the strike window")]
    [InlineData("what is the notice badge")]
    public void Find_NoThingCounted_IsNull(string question) =>
        Assert.Null(CountedThing.Find(question));

    [Theory]
    [InlineData("Target: 4 desks cleaned per night.", "desks", true)]
    [InlineData("Every desk is wiped twice.", "desks", true)]
    [InlineData("Desks must be clear. The crew has 3 people.", "desks", false)]
    [InlineData("When did you first see the desk?", "desks", false)]
    [InlineData("Partners give 2 weeks notice.", "notice", true)]
    [InlineData("Small but noticeable gaps, 1 or 2 of them.", "notice", false)]
    public void States_Sentence_HoldsTheThingBesideANumber(string text, string thing, bool expected)
    {
        using var index = new SopIndex([Passage(text, ["Cleaning"])]);

        Assert.Equal(expected, CountedThing.States(Terms(index, thing), index.Passages[0], index.Analyze));
    }

    [Fact]
    public void States_TableRow_ReadsLabelAndValueTogether()
    {
        using var index = new SopIndex([Passage("Metric: Desks Per Night\nTarget: ≤ 40", ["KPIs"]) with { IsTableRow = true }]);

        Assert.True(CountedThing.States(Terms(index, "desks"), index.Passages[0], index.Analyze));
    }

    [Fact]
    public void States_HeadingNamesTheThing_ItsSectionListsThem()
    {
        using var index = new SopIndex([Passage("Wipe, then polish.", ["Cleaning", "The Desk Steps"])]);

        Assert.True(CountedThing.States(Terms(index, "desks"), index.Passages[0], index.Analyze));
    }

    private static HashSet<string> Terms(SopIndex index, string thing) => [.. index.Analyze(thing)];

    private static Passage Passage(string text, string[] path) => new(0, "sop.md", "SOP", path, "a", text);
}
