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
        }
        return services;
    }

    /// <summary>True when <c>Llm:Provider</c> names a provider, i.e. when <see cref="ILlmClient"/> is registered.</summary>
    public static bool IsProviderConfigured(IConfiguration configuration)
    {
        var provider = configuration[$"{LlmOptions.SectionName}:{nameof(LlmOptions.Provider)}"];
        return !string.IsNullOrWhiteSpace(provider) && !provider.Equals(nameof(LlmProvider.None), StringComparison.OrdinalIgnoreCase);
    }
}
