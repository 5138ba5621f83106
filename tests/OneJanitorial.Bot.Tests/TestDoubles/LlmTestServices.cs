using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Builds the LLM services the way the host does, from in-memory configuration.</summary>
public static class LlmTestServices
{
    /// <param name="addFeature">Registers the feature under test on the same configuration (e.g. AddSop).</param>
    public static ServiceProvider Build(
        IDictionary<string, string?> settings,
        TimeProvider? timeProvider = null,
        Action<IServiceCollection, IConfiguration>? addFeature = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(OneJanitorial.Bot.BotHost.ContentRoot()));
        services.AddSingleton(timeProvider ?? TimeProvider.System);
        services.AddLogging();
        services.AddLlm(configuration);
        addFeature?.Invoke(services, configuration);
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> OpenAiCompatible(FakeOpenAiServer server, double timeoutSeconds = 20) => new()
    {
        ["Llm:Provider"] = "OpenAICompatible",
        ["Llm:Endpoint"] = server.OpenAiEndpoint,
        ["Llm:ApiKey"] = "test-key",
        ["Llm:Model"] = "test-model",
        ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string?> Azure(FakeOpenAiServer server) => new()
    {
        ["Llm:Provider"] = "AzureOpenAI",
        ["Llm:Endpoint"] = server.BaseUrl,
        ["Llm:ApiKey"] = "azure-key",
        ["Llm:Deployment"] = "recaps-gpt",
    };

    private sealed class TestHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "OneJanitorial.Bot.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(root);
    }
}
