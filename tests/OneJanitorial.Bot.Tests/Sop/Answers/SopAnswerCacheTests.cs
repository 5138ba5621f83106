using Microsoft.Extensions.Options;
using Moq;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class SopAnswerCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sop-answer-cache-").FullName;

    [Fact]
    public async Task AnswerAsync_SameQuestionAgain_ReturnsTheKeptAnswerWithTheQuestionAsTyped()
    {
        var (cache, _) = Cache(SopFixture.ManualFolder);

        var first = await cache.AnswerAsync("what is BCO+", CancellationToken.None);
        var again = await cache.AnswerAsync("  What is BCO+ ", CancellationToken.None);

        Assert.True(first.Covered);
        // Not answered again: the kept answer's parts are the first answer's own.
        Assert.Same(first.Citations, again.Citations);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal("What is BCO+", again.Question);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_OtherQuestion_IsAnsweredAndKeptToo()
    {
        var (cache, _) = Cache(SopFixture.ManualFolder);

        var first = await cache.AnswerAsync("what is BCO+", CancellationToken.None);
        var other = await cache.AnswerAsync("how long do I have to close a ticket?", CancellationToken.None);

        Assert.NotSame(first.Citations, other.Citations);
        Assert.NotEqual(first.Text, other.Text);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_AfterReindex_AnswersFromTheNewIndex()
    {
        var file = Path.Combine(_folder, "rules.md");
        await File.WriteAllTextAsync(file, Manual("two weeks"));
        var (cache, knowledge) = Cache(_folder);
        var before = await cache.AnswerAsync("how many weeks ahead do I book vacation?", CancellationToken.None);

        await File.WriteAllTextAsync(file, Manual("three weeks"));
        knowledge.Reload();
        var after = await cache.AnswerAsync("how many weeks ahead do I book vacation?", CancellationToken.None);

        Assert.Contains("two weeks", before.Text);
        Assert.Contains("three weeks", after.Text);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_SizeZero_AnswersEveryTimeAndKeepsNothing()
    {
        var (cache, _) = Cache(SopFixture.ManualFolder, size: 0);

        var first = await cache.AnswerAsync("what is BCO+", CancellationToken.None);
        var again = await cache.AnswerAsync("what is BCO+", CancellationToken.None);

        Assert.NotSame(first.Citations, again.Citations);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_QuestionLongerThanKept_AnsweredEachTimeNotKept()
    {
        var (cache, _) = Cache(SopFixture.ManualFolder);
        var question = "what is BCO+ " + new string('x', SopAnswerCache.MaxKeptQuestionLength);

        var first = await cache.AnswerAsync(question, CancellationToken.None);
        var again = await cache.AnswerAsync(question, CancellationToken.None);

        Assert.NotSame(first.Citations, again.Citations);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_MoreQuestionsThanItsSize_KeepsAtMostItsSize()
    {
        var (cache, _) = Cache(SopFixture.ManualFolder, size: 2);
        string[] questions = ["what is BCO+", "what is R1", "how long do I have to close a ticket?", "what is the 3 strike policy"];

        foreach (var question in questions)
        {
            await cache.AnswerAsync(question, CancellationToken.None);
        }

        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact]
    public async Task AnswerAsync_ModelWritesTheAnswers_AsksTheModelEveryTime()
    {
        var options = SopFixture.Options(SopFixture.ManualFolder);
        using var knowledge = SopFixture.Knowledge(options);
        var writer = new Mock<ISopAnswerWriter>();
        writer.Setup(w => w.WriteAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<SopHit>>(), It.IsAny<SopAnswer>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SopAnswer?)null);
        var cache = new SopAnswerCache(SopFixture.Answerer(knowledge, options, writer: writer.Object), knowledge, Options.Create(options), writer.Object);

        await cache.AnswerAsync("what is BCO+", CancellationToken.None);
        await cache.AnswerAsync("what is BCO+", CancellationToken.None);

        writer.Verify(w => w.WriteAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<SopHit>>(), It.IsAny<SopAnswer>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal(0, cache.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Manual(string ahead) =>
        $"# Staff rules\n\n## Vacation\n\nBook vacation {ahead} ahead with your Service Manager.\n\n## Parking\n\nPark behind the building.\n";

    // Keyword search only: the cache does not depend on how passages are ranked, and the model would slow every test.
    private static (SopAnswerCache Cache, KnowledgeBase Knowledge) Cache(string folder, int size = 16)
    {
        var options = SopFixture.Options(folder);
        options.AnswerCacheSize = size;
        var knowledge = SopFixture.Knowledge(options);
        return (new SopAnswerCache(SopFixture.Answerer(knowledge, options), knowledge, Options.Create(options)), knowledge);
    }
}
