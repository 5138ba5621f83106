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
    /// Vector search turns on when an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> is registered;
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
        services.AddSingleton<SopSearch>();
        services.AddSingleton<SopAnswerer>();
        if (LlmServiceCollectionExtensions.IsProviderConfigured(configuration))
        {
            services.AddSingleton<ISopAnswerWriter, LlmSopAnswerWriter>();
        }
        services.AddSingleton<SopFeedbackStore>();
        services.AddSingleton<ChatFeature, SopChatFeature>();
        services.AddSingleton(new ViewSample("sop.answer", SopAnswerCard.Sample));
        return services;
    }
}
