using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Llm;

public sealed class SemanticKernelLlmClientTests
{
    private static readonly LlmRequest Request = new("You are terse.", "Say hi.");

    [Fact]
    public async Task CompleteAsync_OpenAiCompatible_PostsChatCompletionAndReturnsContent()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue("hi there");
        using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(server));

        var answer = await services.GetRequiredService<ILlmClient>().CompleteAsync(Request, CancellationToken.None);

        Assert.Equal("hi there", answer);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal("test-model", request.Body["model"]!.GetValue<string>());
        Assert.Equal("You are terse.", request.SystemPrompt);
        Assert.Equal("Say hi.", request.UserPrompt);
        Assert.Null(request.ResponseFormatType);
        Assert.Equal(0.2, request.Body["temperature"]!.GetValue<double>(), 3);
    }

    [Fact]
    public async Task CompleteAsync_AzureOpenAi_UsesDeploymentPathAndApiKeyHeader()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue("from azure");
        using var services = LlmTestServices.Build(LlmTestServices.Azure(server));

        var answer = await services.GetRequiredService<ILlmClient>().CompleteAsync(Request, CancellationToken.None);

        Assert.Equal("from azure", answer);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/recaps-gpt/chat/completions", request.Path);
        Assert.Contains("api-version=", request.Query);
        Assert.Equal("azure-key", request.ApiKey);
    }

    [Fact]
    public async Task CompleteAsync_JsonOutput_RequestsJsonObjectFormat()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue("{\"ok\":true}");
        using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(server));

        await services.GetRequiredService<ILlmClient>().CompleteAsync(Request with { JsonOutput = true }, CancellationToken.None);

        Assert.Equal("json_object", Assert.Single(server.Requests).ResponseFormatType);
    }

    [Fact]
    public async Task CompleteAsync_TemperatureEmpty_OmitsIt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue("ok");
        var settings = LlmTestServices.OpenAiCompatible(server);
        settings["Llm:Temperature"] = "";
        using var services = LlmTestServices.Build(settings);

        await services.GetRequiredService<ILlmClient>().CompleteAsync(Request, CancellationToken.None);

        Assert.Null(Assert.Single(server.Requests).Body["temperature"]);
    }

    [Fact]
    public async Task CompleteAsync_ServerFails_ThrowsLlmExceptionWithoutRetrying()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Mode = FakeOpenAiMode.Failing;
        using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(server));

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(Request, CancellationToken.None));

        Assert.Contains("500", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CompleteAsync_ServerSlowerThanTimeout_ThrowsLlmException()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Mode = FakeOpenAiMode.Slow;
        var time = new FakeTimeProvider();
        using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(server, timeoutSeconds: 5), time);
        var arrived = server.RequestArrived;

        var call = services.GetRequiredService<ILlmClient>().CompleteAsync(Request, CancellationToken.None);
        await arrived;
        time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<LlmException>(() => call);
        Assert.Contains("5 s", error.Message);
    }

    [Fact]
    public void AddLlm_ProviderNone_RegistersNoClient()
    {
        using var services = LlmTestServices.Build(new Dictionary<string, string?>());

        Assert.Null(services.GetService<ILlmClient>());
        Assert.Equal(LlmProvider.None, services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
    }

    [Fact]
    public void AddLlm_AzureWithoutEndpoint_FailsWithMessageNamingEndpoint()
    {
        using var services = LlmTestServices.Build(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:ApiKey"] = "k",
            ["Llm:Deployment"] = "d",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ILlmClient>());
        Assert.Contains("Llm:Endpoint", error.Message);
    }
}
