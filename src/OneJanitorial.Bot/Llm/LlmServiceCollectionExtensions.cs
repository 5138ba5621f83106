using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Llm;

public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "Llm";

    /// <summary>
    /// Registers <see cref="LlmOptions"/> and the <see cref="PromptLibrary"/> always, and <see cref="ILlmClient"/>
    /// only when <c>Llm:Provider</c> names a provider, so features can take <c>ILlmClient? llm = null</c>.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => PromptLibrary.FromContentRoot(sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        if (IsProviderConfigured(configuration))
        {
            services.AddHttpClient(HttpClientName);
            services.AddSingleton<ILlmClient, SemanticKernelLlmClient>();
            AddEmbeddings(services, configuration);
        }
        return services;
    }

    /// <summary>With <c>Llm:EmbeddingModel</c> (or <c>Llm:EmbeddingDeployment</c> on Azure) set, an embedding generator turns on vector search.</summary>
    private static void AddEmbeddings(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(LlmOptions.EmbeddingModel)]) && string.IsNullOrWhiteSpace(section[nameof(LlmOptions.EmbeddingDeployment)]))
        {
            return;
        }
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => LlmEmbeddings.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
    }

    /// <summary>True when <c>Llm:Provider</c> names a provider, i.e. when <see cref="ILlmClient"/> is registered.</summary>
    public static bool IsProviderConfigured(IConfiguration configuration)
    {
        var provider = configuration[$"{LlmOptions.SectionName}:{nameof(LlmOptions.Provider)}"];
        return !string.IsNullOrWhiteSpace(provider) && !provider.Equals(nameof(LlmProvider.None), StringComparison.OrdinalIgnoreCase);
    }
}
