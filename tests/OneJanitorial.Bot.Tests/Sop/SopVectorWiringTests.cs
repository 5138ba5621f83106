using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Sop;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>Vector search configured through Llm:* and fused by SopSearch, over the embeddings wire format on loopback.</summary>
public sealed class SopVectorWiringTests
{
    [Fact]
    public async Task SearchAsync_EmbeddingModelConfigured_FusesVectorRankingFromTheServer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var services = Build(server);
        var search = services.GetRequiredService<SopSearch>();
        var texts = PassageVectors.Texts(services.GetRequiredService<KnowledgeBase>().Current).Count;

        var result = await search.SearchAsync("what is BCO+", 5, CancellationToken.None);

        Assert.True(search.UsesVectors);
        Assert.Contains(result.Hits, h => h.Similarity is > 0);
        Assert.Equal(texts, server.EmbeddingRequests.SkipLast(1).Sum(r => r.Inputs.Count));
        Assert.Equal(["what is BCO+"], server.EmbeddingRequests[^1].Inputs);
    }

    [Fact]
    public async Task SearchAsync_EmbeddingServerFails_KeywordSearchStillAnswers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Mode = FakeOpenAiMode.Failing;
        using var services = Build(server);

        var result = await services.GetRequiredService<SopSearch>().SearchAsync("what is BCO+", 3, CancellationToken.None);

        Assert.Contains("Already BCO", result.Hits[0].Passage.Text);
        Assert.All(result.Hits, h => Assert.Null(h.Similarity));
    }

    private static ServiceProvider Build(FakeOpenAiServer server)
    {
        var settings = LlmTestServices.OpenAiCompatible(server);
        settings["Llm:EmbeddingModel"] = "test-embed";
        settings["Knowledge:Paths:0"] = SopFixture.ManualFolder;
        settings["Knowledge:Watch"] = "false";
        settings["Knowledge:VectorCacheFile"] = "";
        return LlmTestServices.Build(settings, addFeature: (s, c) => s.AddSop(c));
    }
}
