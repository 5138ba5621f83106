using Microsoft.Extensions.AI;
using Moq;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

/// <summary>
/// The alternate questions in the search (<see cref="AlternateRanking"/>, <see cref="SopSearch"/>), through a fake
/// embedding generator: one dimension for the word "fob", which no passage has, so similarity is predictable.
/// </summary>
public sealed class AlternateRankingTests : IDisposable
{
    private const string Rules = "# Rules\n\n## Parking\n\nPark behind the building.\n\n## Keys\n\nKeys stay in the lockbox.\n\n## Cleaning\n\n### Floors\n\nMop daily.\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("sop-alternates-").FullName;

    [Fact]
    public async Task SearchAsync_QuestionLikeASectionsAlternate_RanksThatSectionFirst()
    {
        // "fob" is in no passage: both passages are equally far from the question, and BM25 finds neither.
        File.WriteAllText(Path.Combine(_folder, "rules.md"), Rules);
        File.WriteAllText(Path.Combine(_folder, "rules.questions.tsv"), "Keys\twhere do i leave the fob\n");
        var options = SopFixture.Options(_folder);
        options.VectorCacheFile = "";
        using var knowledge = SopFixture.Knowledge(options);
        var search = new SopSearch(knowledge, embeddings: FakeGenerator().Object);

        var result = await search.SearchAsync("lost the fob", 2, CancellationToken.None);

        Assert.Equal("Keys", result.Hits[0].Passage.Section);
        Assert.Equal("Parking", result.Hits[1].Passage.Section);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SearchAsync_QuestionAsCloseAsAnAlternateOfABestHit_ItsUnknownWordsCountAsExplained(bool withQuestions)
    {
        File.WriteAllText(Path.Combine(_folder, "rules.md"), Rules);
        if (withQuestions)
        {
            File.WriteAllText(Path.Combine(_folder, "rules.questions.tsv"), "Keys\twhere do i leave the fob\n");
        }
        var options = SopFixture.Options(_folder);
        options.VectorCacheFile = "";
        using var knowledge = SopFixture.Knowledge(options);
        var search = new SopSearch(knowledge, embeddings: FakeGenerator().Object);

        // "fob" is no word of the manual; the question is as close to the Keys section's question as can be (1 ≥ 0.85).
        var result = await search.SearchAsync("keys fob", 3, CancellationToken.None);

        Assert.Equal(withQuestions, result.UnknownShare == 0);
    }

    [Fact]
    public void StandFor_SectionTextRowsOrWhatIsUnderIt()
    {
        File.WriteAllText(Path.Combine(_folder, "rules.md"), Rules
            + "\n## Levels\n\nPick one level.\n\n| Level | Meaning |\n|---|---|\n| Urgent | Now |\n"
            + "\n## Codes\n\n| Code | Meaning |\n|---|---|\n| R1 | Repeat |\n");
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(_folder));
        var snapshot = knowledge.Current;

        Assert.Equal(["Pick one level."], AlternateRanking.StandFor(snapshot, "Levels").Select(p => p.Text));
        Assert.All(AlternateRanking.StandFor(snapshot, "Codes"), p => Assert.True(p.IsTableRow));
        Assert.Single(AlternateRanking.StandFor(snapshot, "Codes"));
        Assert.Equal(["Cleaning › Floors"], AlternateRanking.StandFor(snapshot, "Cleaning").Select(p => p.Section));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Mock<IEmbeddingGenerator<string, Embedding<float>>> FakeGenerator()
    {
        var generator = new Mock<IEmbeddingGenerator<string, Embedding<float>>>();
        generator
            .Setup(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> texts, EmbeddingGenerationOptions? _, CancellationToken _) =>
                new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(new[] { t.Contains("fob", StringComparison.Ordinal) ? 1f : 0f, 0.01f }))));
        return generator;
    }
}
