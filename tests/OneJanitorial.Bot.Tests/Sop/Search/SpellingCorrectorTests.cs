using Lucene.Net.Util.Automaton;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Speller = new(
        ["Client survey calls every 2 months. Create the ticket today. The cleaner must respond. Handle it."],
        ["what", "the"],
        new HashSet<string> { "vacation", "list", "swear", "refund", "handel", "cost" });

    [Theory]
    [InlineData("survay", "survey")]
    [InlineData("evry", "every")]
    [InlineData("tikcet", "ticket")]
    [InlineData("cleanr", "cleaner")]
    [InlineData("respnd", "respond")]
    [InlineData("handel", "handle")]
    public void Correct_TypoOfAManualWord_ReturnsTheManualWord(string typed, string expected) =>
        Assert.Equal(expected, Speller.Correct(typed));

    [Theory]
    [InlineData("teh", "the")]
    [InlineData("hte", "the")]
    public void Correct_ShortWordWithTwoLettersSwapped_ReturnsTheManualWord(string typed, string expected) =>
        Assert.Equal(expected, Speller.Correct(typed));

    [Fact]
    public void Correct_ShortEnglishWordWithTwoLettersSwapped_IsLeftAlone()
    {
        var speller = new SpellingCorrector(["Act now."], [], new HashSet<string> { "cat" });

        Assert.Null(speller.Correct("cat"));
        Assert.Equal("act", speller.Correct("atc"));
    }

    [Theory]
    [InlineData("survey")]
    [InlineData("vacation")]
    [InlineData("list")]
    [InlineData("payday")]
    [InlineData("vpn")]
    [InlineData("42")]
    [InlineData("swears")]
    [InlineData("refunds")]
    public void Correct_KnownShortOrFarWord_IsLeftAlone(string typed) =>
        Assert.Null(Speller.Correct(typed));

    [Fact]
    public void CorrectText_CapitalisedNameInsideASentence_IsLeftAlone()
    {
        var (text, corrections) = Speller.CorrectText("how does Clientz handle a survay");

        Assert.Equal("how does Clientz handle a survey", text);
        Assert.Equal([("survay", "survey")], corrections);
    }

    [Fact]
    public void CorrectText_ReportsEachCorrection()
    {
        var (text, corrections) = Speller.CorrectText("evry survay");

        Assert.Equal("every survey", text);
        Assert.Equal([("evry", "every"), ("survay", "survey")], corrections);
    }

    [Theory]
    [InlineData("how many reviews per weak", "how many reviews per week")]
    [InlineData("the cleaner is weak at dusting", "the cleaner is weak at dusting")]
    public void CorrectText_RealWordBesideAManualPairsWord_BecomesTheManualWord(string typed, string expected)
    {
        var speller = new SpellingCorrector(["Reviews per week: 8 to 12."], ["how", "many", "the", "is", "at", "per"], new HashSet<string> { "weak", "dusting" });

        Assert.Equal(expected, speller.CorrectText(typed).Text);
    }

    [Fact]
    public void WithinOneEdit_EveryPairOfShortWords_AgreesWithTheLevenshteinAutomaton()
    {
        // Every word of up to 5 letters over "abc" against every word of up to 6: all kinds of one and two edits.
        var words = Enumerable.Range(0, 7).SelectMany(length => Spell("abc", length)).ToList();
        var disagreements = new List<string>();

        foreach (var typed in words.Where(w => w.Length is > 0 and <= 5))
        {
            var automaton = new CharacterRunAutomaton(new LevenshteinAutomata(typed, withTranspositions: true).ToAutomaton(1));
            disagreements.AddRange(words.Where(w => SpellingCorrector.WithinOneEdit(typed, w) != automaton.Run(w)).Select(w => $"{typed}~{w}"));
        }

        Assert.Empty(disagreements);
        Assert.True(SpellingCorrector.WithinOneEdit("weak", "week"));
        Assert.False(SpellingCorrector.WithinOneEdit("abcd", "badc"));
    }

    private static IEnumerable<string> Spell(string letters, int length) =>
        length == 0 ? [""] : Spell(letters, length - 1).SelectMany(w => letters.Select(l => w + l));
}
