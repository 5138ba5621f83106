using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop;

public static class SopServiceCollectionExtensions
{
    /// <summary>
    /// SOP answers: knowledge base (config section "Knowledge"), search, answerer, chat feature and feedback.
    /// Semantic retrieval uses the LLM provider's <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> when one is
    /// registered, else the embedded local model unless <c>Knowledge:LocalEmbeddings=false</c>. The index and vectors are
    /// built at start in the background; the "knowledge" health check (tag "ready") reports when they are.
    /// with <c>Llm:Provider</c> set, <see cref="LlmSopAnswerWriter"/> writes answers from the passages (LLM path).
    /// </summary>
    public static IServiceCollection AddSop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .PostConfigure(o =>
            {
                if (o.Paths.Count == 0)
                {
                    o.Paths.Add(KnowledgeOptions.DefaultPath);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();
        services.AddSingleton<KnowledgeBase>();
        if (configuration.GetSection(KnowledgeOptions.SectionName).GetValue(nameof(KnowledgeOptions.LocalEmbeddings), true))
        {
            // An LLM provider's embeddings (registered by AddLlm, before this) take precedence.
            services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>, LocalEmbeddingGenerator>();
        }
        services.AddSingleton<SopSearch>();
        services.AddHostedService<KnowledgeWarmup>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [Observability.HealthEndpoints.ReadyTag]);
        services.AddMetrics();
        services.AddSingleton<SopMetrics>();
        services.AddSingleton<SopAnswerer>();
        services.AddSingleton<SopAnswerCache>();
        if (LlmServiceCollectionExtensions.IsProviderConfigured(configuration))
        {
            services.AddSingleton<ISopAnswerWriter, LlmSopAnswerWriter>();
        }
        services.AddSingleton<SopFeedbackStore>();
        services.AddSingleton<ChatFeature, SopChatFeature>();
        services.AddSingleton(new OfferedAction(ActionPlace.TypedText, new VerbAction("Ask the SOP", SopVerbs.Ask)));
        services.AddSingleton(new ViewSample("sop.answer", SopAnswerCard.Sample));
        return services;
    }
}
