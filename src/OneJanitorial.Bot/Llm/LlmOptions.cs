using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Llm;

public enum LlmProvider
{
    None,
    AzureOpenAI,
    OpenAI,
    OpenAICompatible,
}

/// <summary>
/// <c>Llm:*</c>. Provider None (the default) means no model: every feature runs its deterministic path.
/// OpenAICompatible takes the base URL that precedes <c>/chat/completions</c> (e.g. <c>http://localhost:11434/v1</c>).
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name for OpenAI and OpenAI-compatible servers.</summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI embeddings deployment; set to turn on vector search (with Provider AzureOpenAI).</summary>
    public string? EmbeddingDeployment { get; set; }

    /// <summary>Embeddings model for OpenAI and OpenAI-compatible servers; set to turn on vector search.</summary>
    public string? EmbeddingModel { get; set; }

    [Range(0.01, 600)]
    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>Low keeps drafts close to the facts. Set empty for models that reject the parameter (reasoning models).</summary>
    [Range(0, 2)]
    public double? Temperature { get; set; } = 0.2;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var name = $"Llm:Provider={Provider}";
        if (Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible && !IsAbsoluteHttpUrl(Endpoint))
        {
            yield return new ValidationResult($"{name} needs Llm:Endpoint (an absolute http(s) URL).", [nameof(Endpoint)]);
        }
        if (Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAI && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult($"{name} needs Llm:ApiKey.", [nameof(ApiKey)]);
        }
        if (Provider is LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult($"{name} needs Llm:Deployment.", [nameof(Deployment)]);
        }
        if (Provider is LlmProvider.OpenAI or LlmProvider.OpenAICompatible && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"{name} needs Llm:Model.", [nameof(Model)]);
        }
        if (Provider is LlmProvider.AzureOpenAI && !string.IsNullOrWhiteSpace(EmbeddingModel))
        {
            yield return new ValidationResult($"{name} takes Llm:EmbeddingDeployment, not Llm:EmbeddingModel.", [nameof(EmbeddingModel)]);
        }
        if (Provider is LlmProvider.OpenAI or LlmProvider.OpenAICompatible && !string.IsNullOrWhiteSpace(EmbeddingDeployment))
        {
            yield return new ValidationResult($"{name} takes Llm:EmbeddingModel, not Llm:EmbeddingDeployment.", [nameof(EmbeddingDeployment)]);
        }
    }

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
