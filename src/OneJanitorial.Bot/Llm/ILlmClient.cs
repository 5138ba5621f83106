namespace OneJanitorial.Bot.Llm;

/// <summary>
/// The one seam to a language model. Registered only when <c>Llm:Provider</c> is configured; features
/// take it as an optional constructor parameter and fall back to their deterministic path without it.
/// </summary>
public interface ILlmClient
{
    /// <summary>Completes a chat; throws <see cref="LlmException"/> on failure or timeout.</summary>
    Task<string> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);
}

/// <param name="SystemPrompt">Rendered system prompt (from a template in prompts/).</param>
/// <param name="UserPrompt">Rendered user prompt.</param>
/// <param name="JsonOutput">Ask the model for a JSON object (response_format json_object).</param>
public sealed record LlmRequest(string SystemPrompt, string UserPrompt, bool JsonOutput = false);

public sealed class LlmException(string message, Exception? inner = null) : Exception(message, inner);
