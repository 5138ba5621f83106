using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>Builds the SOP pipeline over given knowledge paths, as AddSop would.</summary>
internal static class SopFixture
{
    /// <summary>The repository's knowledge/ folder, copied beside the test binary by the bot project.</summary>
    public static string ManualFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>One local embedding model for the whole test run (it takes about a second to load).</summary>
    public static LocalEmbeddingGenerator LocalEmbeddings { get; } = new();

    /// <summary>Passage vectors of test runs, kept between runs like the bot's.</summary>
    public static string VectorCacheFile => Path.Combine(Path.GetTempPath(), "onejanitorial-bot-tests", "sop-vectors.bin");

    public static KnowledgeOptions Options(params string[] paths) => new() { Paths = [.. paths], Watch = false, VectorCacheFile = VectorCacheFile };

    public static KnowledgeBase Knowledge(KnowledgeOptions options, TimeProvider? time = null)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(AppContext.BaseDirectory);
        return new KnowledgeBase(Microsoft.Extensions.Options.Options.Create(options), environment.Object, time ?? TimeProvider.System, NullLogger<KnowledgeBase>.Instance);
    }

    public static SopAnswerer Answerer(KnowledgeBase knowledge, KnowledgeOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, ISopAnswerWriter? writer = null) =>
        new(new SopSearch(knowledge, embeddings: embeddings), Microsoft.Extensions.Options.Options.Create(options), NullLogger<SopAnswerer>.Instance, writer);

    /// <summary>The repository's manual with semantic retrieval on (the default) or off.</summary>
    public static (KnowledgeBase Knowledge, SopAnswerer Answerer) Manual(bool semantic = true)
    {
        var options = Options(ManualFolder);
        var knowledge = Knowledge(options);
        return (knowledge, Answerer(knowledge, options, semantic ? LocalEmbeddings : null));
    }

    /// <summary>The repository's manual, its options and its built snapshot, for answers composed from hits a test picks.</summary>
    public static async Task<(KnowledgeBase Knowledge, KnowledgeOptions Options, KnowledgeSnapshot Snapshot)> ManualSnapshotAsync()
    {
        var options = Options(ManualFolder);
        var knowledge = Knowledge(options);
        return (knowledge, options, await knowledge.WhenReadyAsync(CancellationToken.None));
    }

    /// <summary>A search result of the given hits for the question, read as the search reads it.</summary>
    public static SopSearchResult Result(string question, KnowledgeSnapshot snapshot, params SopHit[] hits) =>
        new(question, hits, SopQuestion.Read(question, snapshot.Index.Speller), 0, snapshot);
}
