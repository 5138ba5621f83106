using Microsoft.Extensions.AI;
using Moq;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

/// <summary>Vector search through a fake embedding generator: one dimension per topic word, so similarity is predictable.</summary>
public sealed class VectorSearchTests
{
    private static readonly string[] Topics = ["google review", "missed clean", "master note"];

    [Fact]
    public async Task SearchAsync_WithEmbeddings_FusesVectorRankingWithBm25()
    {
        var generator = FakeGenerator();
        var knowledge = UncachedManual();
        var search = new SopSearch(knowledge, embeddings: generator.Object);

        // "feedback on the internet" shares no word with the review section; only the vector ranking finds it.
        var result = await search.SearchAsync("feedback on the internet google review", 5, CancellationToken.None);

        Assert.True(search.UsesVectors);
        Assert.Contains(result.Hits, h => h.Passage.Section.StartsWith("Reviews — Google Review Process", StringComparison.Ordinal) && h.Similarity > 0.9);
        Assert.All(result.Hits.Zip(result.Hits.Skip(1)), pair => Assert.True(pair.First.Score >= pair.Second.Score));
        generator.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(Batches(knowledge) + 1));
    }

    [Fact]
    public async Task SearchAsync_PassageEmbeddings_AreComputedOncePerSnapshot()
    {
        var generator = FakeGenerator();
        var knowledge = UncachedManual();
        var search = new SopSearch(knowledge, embeddings: generator.Object);

        await search.SearchAsync("master note", 3, CancellationToken.None);
        await search.SearchAsync("missed clean", 3, CancellationToken.None);

        // The passages once (in batches), then one call per question.
        generator.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(Batches(knowledge) + 2));
    }

    [Fact]
    public async Task SearchAsync_SameQuestionAgain_ReusesItsVector()
    {
        var generator = FakeGenerator();
        var knowledge = UncachedManual();
        var search = new SopSearch(knowledge, embeddings: generator.Object);

        var first = await search.SearchAsync("missed clean", 3, CancellationToken.None);
        var again = await search.SearchAsync("missed clean", 3, CancellationToken.None);

        Assert.Equal(first.Hits.Select(h => (h.Passage.Id, h.Similarity)), again.Hits.Select(h => (h.Passage.Id, h.Similarity)));
        generator.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(Batches(knowledge) + 1));
    }

    [Fact]
    public async Task SearchAsync_QuestionCacheSizeZero_EmbedsEveryQuestion()
    {
        var generator = FakeGenerator();
        var knowledge = UncachedManual(questionCacheSize: 0);
        var search = new SopSearch(knowledge, embeddings: generator.Object);

        await search.SearchAsync("missed clean", 3, CancellationToken.None);
        await search.SearchAsync("missed clean", 3, CancellationToken.None);

        generator.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(Batches(knowledge) + 2));
    }

    [Fact]
    public async Task SearchAsync_VectorCacheOnDisk_SecondSnapshotEmbedsOnlyTheQuestion()
    {
        var cacheFile = Path.Combine(Path.GetTempPath(), "onejanitorial-bot-tests", Guid.NewGuid().ToString("N"), "vectors.bin");
        var options = SopFixture.Options(SopFixture.ManualFolder);
        options.VectorCacheFile = cacheFile;
        var first = FakeGenerator();
        await new SopSearch(SopFixture.Knowledge(options), embeddings: first.Object).SearchAsync("master note", 3, CancellationToken.None);
        var second = FakeGenerator();

        await new SopSearch(SopFixture.Knowledge(options), embeddings: second.Object).SearchAsync("master note", 3, CancellationToken.None);

        Assert.True(File.Exists(cacheFile));
        second.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SearchAsync_EmbeddingServiceFails_FallsBackToKeywordSearchAndRetriesLater()
    {
        var generator = new Mock<IEmbeddingGenerator<string, Embedding<float>>>();
        generator
            .Setup(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("embedding endpoint down"));
        var search = new SopSearch(UncachedManual(), embeddings: generator.Object);

        var first = await search.SearchAsync("what is BCO+", 3, CancellationToken.None);
        await search.SearchAsync("what is BCO+", 3, CancellationToken.None);

        Assert.Contains("Already BCO", first.Hits[0].Passage.Text);
        Assert.All(first.Hits, h => Assert.Null(h.Similarity));
        generator.Verify(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private static OneJanitorial.Bot.Sop.Knowledge.KnowledgeBase UncachedManual(int questionCacheSize = 1024)
    {
        var options = SopFixture.Options(SopFixture.ManualFolder);
        options.VectorCacheFile = "";
        options.QuestionVectorCacheSize = questionCacheSize;
        return SopFixture.Knowledge(options);
    }

    private static int Batches(OneJanitorial.Bot.Sop.Knowledge.KnowledgeBase knowledge) =>
        (PassageVectors.Texts(knowledge.Current).Count + PassageVectors.BatchSize - 1) / PassageVectors.BatchSize;

    private static Mock<IEmbeddingGenerator<string, Embedding<float>>> FakeGenerator()
    {
        var generator = new Mock<IEmbeddingGenerator<string, Embedding<float>>>();
        generator
            .Setup(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> texts, EmbeddingGenerationOptions? _, CancellationToken _) =>
                new GeneratedEmbeddings<Embedding<float>>(texts.Select(Embed)));
        return generator;
    }

    private static Embedding<float> Embed(string text)
    {
        var lower = text.ToLowerInvariant();
        var vector = Topics.Select(t => lower.Contains(t, StringComparison.Ordinal) ? 1f : 0f).Append(0.01f).ToArray();
        return new Embedding<float>(vector);
    }
}
