using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Llm;

public sealed class LlmEmbeddingsTests
{
    [Fact]
    public async Task GenerateAsync_OpenAiCompatible_PostsEmbeddingsAndDecodesVectors()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var settings = LlmTestServices.OpenAiCompatible(server);
        settings["Llm:EmbeddingModel"] = "test-embed";
        using var services = LlmTestServices.Build(settings);

        var embeddings = await Generator(services).GenerateAsync(["missed clean", "google review"]);

        Assert.Equal(FakeEmbeddings.Vector("missed clean"), embeddings[0].Vector.ToArray());
        Assert.Equal(FakeEmbeddings.Vector("google review"), embeddings[1].Vector.ToArray());
        var request = Assert.Single(server.EmbeddingRequests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("test-embed", request.Model);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal(["missed clean", "google review"], request.Inputs);
    }

    [Fact]
    public async Task GenerateAsync_AzureOpenAi_UsesEmbeddingDeploymentPathAndApiKeyHeader()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var settings = LlmTestServices.Azure(server);
        settings["Llm:EmbeddingDeployment"] = "sop-embeddings";
        using var services = LlmTestServices.Build(settings);

        await Generator(services).GenerateAsync(["master note"]);

        var request = Assert.Single(server.EmbeddingRequests);
        Assert.Equal("/openai/deployments/sop-embeddings/embeddings", request.Path);
        Assert.Contains("api-version=", request.Query);
        Assert.Equal("azure-key", request.ApiKey);
    }

    [Fact]
    public async Task GenerateAsync_ServerFails_ThrowsWithoutRetrying()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Mode = FakeOpenAiMode.Failing;
        var settings = LlmTestServices.OpenAiCompatible(server);
        settings["Llm:EmbeddingModel"] = "test-embed";
        using var services = LlmTestServices.Build(settings);

        await Assert.ThrowsAnyAsync<Exception>(() => Generator(services).GenerateAsync(["master note"]));

        Assert.Single(server.EmbeddingRequests);
    }

    [Fact]
    public async Task AddLlm_NoEmbeddingModel_RegistersNoGenerator()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var withChatOnly = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(server));
        using var withoutProvider = LlmTestServices.Build(new Dictionary<string, string?> { ["Llm:EmbeddingModel"] = "test-embed" });

        Assert.Null(withChatOnly.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Null(withoutProvider.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    [Fact]
    public async Task AddLlm_AzureWithEmbeddingModel_FailsNamingEmbeddingDeployment()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var settings = LlmTestServices.Azure(server);
        settings["Llm:EmbeddingModel"] = "text-embedding-3-small";
        using var services = LlmTestServices.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => Generator(services));
        Assert.Contains("Llm:EmbeddingDeployment", error.Message);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Generator(IServiceProvider services) =>
        services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
}
