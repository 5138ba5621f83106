using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SopIndexTests
{
    private static readonly Lazy<SopIndex> Manual = new(() => SopFixture.Manual().Knowledge.Current.Index);

    [Theory]
    [InlineData("clean")]
    [InlineData("pregnan")]
    [InlineData("a")]
    [InlineData("zzzz")]
    [InlineData("")]
    public void VocabularyStartingWith_AnyPrefix_TheSameTermsInTheSameOrderAsAScan(string prefix)
    {
        var vocabulary = Manual.Value.Vocabulary;

        var found = Manual.Value.VocabularyStartingWith(prefix).ToList();

        Assert.Equal(vocabulary.Where(v => v.StartsWith(prefix, StringComparison.Ordinal)), found);
        Assert.Equal(prefix is "zzzz", found.Count == 0);
    }
}
