using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SopSearchTests
{
    // One index of the manual for the class: building it is the costly part of each test.
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => SopFixture.Manual().Knowledge);
    private static readonly Lazy<SopSearch> Manual = new(() => new SopSearch(Knowledge.Value));

    [Theory]
    [InlineData("NC", "Badge: NC")]
    [InlineData("R1?", "Badge: R1")]
    [InlineData("BCO+", "Badge: BCO+")]
    [InlineData("what's OTW", "OTW uploaded")]
    public void Search_Acronym_FindsItsExactRowFirst(string query, string expected)
    {
        var top3 = Manual.Value.Search(query, 3).Hits;

        Assert.Contains(top3, h => h.Passage.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_BcoPlus_RanksAlreadyBcoAboveMoveToBco()
    {
        var hits = Manual.Value.Search("BCO+", 5).Hits;

        Assert.Contains("Already BCO", hits[0].Passage.Text);
    }

    [Fact]
    public void Search_StrikeWord_ExpandsThroughGlossaryToThePolicy()
    {
        var top = Manual.Value.Search("third strike", 3).Hits;

        Assert.Contains(top, h => h.Passage.Text.Contains("Removal from the building", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_SectionTitleWords_WeighMoreThanBodyMentions()
    {
        var top = Manual.Value.Search("missed cleans policy", 1).Top!;

        Assert.Equal("Removed Process — Missed Cleans Policy", top.Passage.Section);
    }

    [Fact]
    public void Search_WordsOfALostBody_DoNotFindIt()
    {
        var hits = Manual.Value.Search("what did the manual lose in the copy of the source", 8).Hits;

        Assert.DoesNotContain(hits, h => SearchableText.IsLost(h.Passage));
    }

    [Fact]
    public void Search_HeadingOfALostBody_FindsIt()
    {
        var top = Manual.Value.Search("voicemail script after 3x calls", 3).Hits;

        Assert.Contains(top, h => SearchableText.IsLost(h.Passage) && h.Passage.Section.Contains("Voicemail", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how do I change my direct deposit", "payroll")]
    [InlineData("who do I talk to in HR", "HR")]
    [InlineData("how does Uber handle complaints", "Uber")]
    public void Search_QuestionOutsideTheSop_SaysWhy(string question, string expected) =>
        Assert.Equal(expected, Manual.Value.Search(question, 3).OutsideSop);

    [Theory]
    [InlineData("what are the review statuses")]
    [InlineData("the alarm wasn't set last night")]
    public void Search_InScopeQuestion_IsNotOutsideTheSop(string question) =>
        Assert.Null(Manual.Value.Search(question, 3).OutsideSop);

    [Fact]
    public void Search_PluralTheStemmerKeepsApart_StillMatches()
    {
        var result = Manual.Value.Search("review statuses", 3);

        Assert.Equal(0, result.UnknownShare);
        Assert.Contains("Review Status", result.Hits[0].Passage.Section);
    }

    [Fact]
    public void Search_WordTheStemmerKeepsApartFromTheManualsForm_StillMatches()
    {
        var top3 = Manual.Value.Search("the cleaner is pregnant", 3).Hits;

        Assert.Contains(top3, h => h.Passage.Text.Contains("pregnancy", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_HowLongQuestion_PrefersThePassageStatingTheLimit()
    {
        var top = Manual.Value.Search("how long do I have to close a ticket?", 1).Top!;

        Assert.Contains("7 Days Max", top.Passage.Text);
    }

    [Fact]
    public void Search_OffTopic_HasLowCoverage()
    {
        var result = Manual.Value.Search("what's the wifi password", 3);

        Assert.All(result.Hits, h => Assert.True(h.Coverage < 0.5));
    }

    [Theory]
    [InlineData("how is a walkthru confirmed with the client")]
    [InlineData("the cleaner must reply agreed by eod")]
    public void Search_ChatSpellingOfAManualTerm_IsNoUnknownWord(string question) =>
        Assert.Equal(0, Manual.Value.Search(question, 3).UnknownShare);

    [Fact]
    public void Search_SituationInWordsOnlyASectionCueHas_CountsThemAsExplained()
    {
        // "renovating": the manual says "building modification"; that section has it among its cues.
        var situation = Manual.Value.Search("the client is renovating the building", 8);
        var notASituation = Manual.Value.Search("we are renovating the building", 8);

        Assert.Contains(situation.Hits.Take(SopSearch.CueDepth), h => h.Passage.Section.EndsWith("Determine if Service Issue or Client Update", StringComparison.Ordinal));
        Assert.Equal(0, situation.UnknownShare);
        Assert.True(notASituation.UnknownShare > 0);
    }

    [Fact]
    public void Search_PastedLongText_StaysUnderTheClauseLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i}")) + " missed clean";

        var result = Manual.Value.Search(words, 3);

        Assert.All(result.Hits, h => Assert.True(h.Coverage < 0.5));
    }

    [Fact]
    public void Search_GlossaryFormOfTheQuestionsOwnWords_MatchesAsAPhrase()
    {
        var top3 = Manual.Value.Search("inspections for cleaners who have employees", 3).Hits;

        Assert.Contains(top3, h => h.Passage.Text.Contains("Cleaners with cleaners must do weekly inspections", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_FunctionWords_AreDropped()
    {
        var terms = Knowledge.Value.Current.Index.Analyze("what if the cleaner lives too far from the building");

        Assert.Equal<string>(["cleaner", "live", "far", "build"], terms);
    }

    [Fact]
    public void Search_OnlyStopWords_ReturnsNothing()
    {
        Assert.Empty(Manual.Value.Search("what is the", 3).Hits);
    }

    [Fact]
    public void Glossary_Match_IsWholeWordAndKeepsPlusSign()
    {
        var glossary = Knowledge.Value.Current.Glossary;

        Assert.Contains(glossary.Match("is he BCO+ already?"), m => m.Entry.Term == "BCO+");
        Assert.DoesNotContain(glossary.Match("is he BCO+ already?"), m => m.Entry.Term == "BCO");
        Assert.DoesNotContain(glossary.Match("once a week"), m => m.Entry.Term == "NC");
    }

    [Theory]
    [InlineData("the windows are not on their checklist")]
    [InlineData("that task is not in our checklist")]
    public void Glossary_Match_ReadsAnyDeterminerAsThe(string question)
    {
        var glossary = new Glossary([new GlossaryEntry("3A", true, null, ["not on the checklist", "not in the checklist"], null)]);

        Assert.Contains(glossary.Match(question), m => m.Entry.Term == "3A");
    }

    [Theory]
    [InlineData("the cleaner blamed the client again", true)]
    [InlineData("is the mirror in scope", false)]
    public void Glossary_Match_FormWithStopWordsMatchesByItsStemsUnlessNegated(string question, bool matches)
    {
        var glossary = new Glossary([
            new GlossaryEntry("Bucket 1", false, null, ["blames the client"], null),
            new GlossaryEntry("3A", true, null, ["not in scope"], null)]);

        Assert.Equal(matches, glossary.Match(question, Knowledge.Value.Current.Index.Analyze).Count > 0);
    }
}
