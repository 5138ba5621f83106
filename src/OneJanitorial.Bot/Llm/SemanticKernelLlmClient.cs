using System.ClientModel;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace OneJanitorial.Bot.Llm;

/// <summary>
/// The only file that knows Semantic Kernel: it builds the kernel for the configured provider and runs one
/// chat completion per request. Swapping SK for its successor means replacing this file alone.
/// </summary>
public sealed partial class SemanticKernelLlmClient : ILlmClient
{
    private readonly IChatCompletionService _chat;
    private readonly LlmOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SemanticKernelLlmClient> _logger;

    public SemanticKernelLlmClient(
        IOptions<LlmOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<SemanticKernelLlmClient> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        var http = httpClientFactory.CreateClient(LlmServiceCollectionExtensions.HttpClientName);
        // The timeout is enforced below through TimeProvider; the HttpClient must not race it.
        http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        _chat = BuildKernel(_options, http).GetRequiredService<IChatCompletionService>();
    }

    public async Task<string> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var history = new ChatHistory();
        history.AddSystemMessage(request.SystemPrompt);
        history.AddUserMessage(request.UserPrompt);
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = _options.Temperature,
            ResponseFormat = request.JsonOutput ? "json_object" : null,
        };
        try
        {
            var reply = await _chat.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token);
            return string.IsNullOrWhiteSpace(reply.Content)
                ? throw new LlmException("The model returned an empty answer.")
                : reply.Content;
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(_logger, _options.Provider, _options.TimeoutSeconds);
            throw new LlmException($"The model did not answer within {_options.TimeoutSeconds:0.##} s.", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not LlmException)
        {
            LogFailed(_logger, _options.Provider, e.GetType().Name);
            throw new LlmException($"The model call failed: {Describe(e)}", e);
        }
    }

    private static Kernel BuildKernel(LlmOptions options, HttpClient http)
    {
        var builder = Kernel.CreateBuilder();
        switch (options.Provider)
        {
            case LlmProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, options.Endpoint!, options.ApiKey!, httpClient: http);
                break;
            case LlmProvider.OpenAI:
                builder.AddOpenAIChatCompletion(options.Model!, options.ApiKey!, httpClient: http);
                break;
            case LlmProvider.OpenAICompatible:
                // Local servers often need no key; the OpenAI client still insists on one.
                builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint!), options.ApiKey ?? "none", httpClient: http);
                break;
            default:
                throw new InvalidOperationException("Llm:Provider is None; ILlmClient must not be registered.");
        }
        return builder.Build();
    }

    private static string Describe(Exception e) => e switch
    {
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status} {status}",
        ClientResultException { Status: > 0 } c => $"HTTP {c.Status}",
        _ => e.GetType().Name,
    };

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "LLM ({Provider}) timed out after {Seconds} s")]
    private static partial void LogTimedOut(ILogger logger, LlmProvider provider, double seconds);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "LLM ({Provider}) call failed: {Error}")]
    private static partial void LogFailed(ILogger logger, LlmProvider provider, string error);
}
