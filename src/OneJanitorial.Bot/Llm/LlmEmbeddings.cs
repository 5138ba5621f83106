using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace OneJanitorial.Bot.Llm;

/// <summary>
/// The embedding generator for vector search, on the same provider, endpoint and key as the chat model.
/// No retries: a failed call costs one question its vector ranking (keyword search still answers), not seconds.
/// </summary>
public static class LlmEmbeddings
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(LlmOptions options, HttpClient http)
    {
        http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        var transport = new HttpClientPipelineTransport(http);
        var retries = new ClientRetryPolicy(maxRetries: 0);
        return options.Provider switch
        {
            LlmProvider.AzureOpenAI => new AzureOpenAIClient(
                    new Uri(options.Endpoint!),
                    new ApiKeyCredential(options.ApiKey!),
                    new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = retries, NetworkTimeout = options.Timeout })
                .GetEmbeddingClient(options.EmbeddingDeployment!)
                .AsIEmbeddingGenerator(),
            LlmProvider.OpenAI or LlmProvider.OpenAICompatible => new OpenAIClient(
                    // Local servers often need no key; the OpenAI client still insists on one.
                    new ApiKeyCredential(options.ApiKey ?? "none"),
                    new OpenAIClientOptions
                    {
                        Endpoint = options.Provider is LlmProvider.OpenAICompatible ? new Uri(options.Endpoint!) : null,
                        Transport = transport,
                        RetryPolicy = retries,
                        NetworkTimeout = options.Timeout,
                    })
                .GetEmbeddingClient(options.EmbeddingModel!)
                .AsIEmbeddingGenerator(),
            _ => throw new InvalidOperationException("Llm:Provider is None; no embedding generator can be built."),
        };
    }
}
