using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Gives up one attempt of a Web API call (response included) not answered within <see cref="SlackOptions.CallTimeout"/>
/// of the bot's clock, as HttpClient's own timeout does: a <see cref="TaskCanceledException"/> around a
/// <see cref="TimeoutException"/> while the caller's token is not cancelled, which every caller already takes as Slack
/// unavailable. Inside the 429 retry, so a Retry-After wait is not counted.
/// </summary>
public sealed class SlackCallTimeoutHandler(TimeProvider clock, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timeout = options.Value.CallTimeout;
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, linked.Token);
            await response.Content.LoadIntoBufferAsync(linked.Token);
            return response;
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            var method = MethodOf(request.RequestUri);
            Log.CallTimedOut(logger, method, options.Value.CallTimeoutSeconds);
            throw new TaskCanceledException($"Slack {method} was not answered within {timeout.TotalSeconds} s.", new TimeoutException(e.Message, e));
        }
    }

    /// <summary>The Web API method; a response_url is a credential, so only named.</summary>
    private string MethodOf(Uri? uri) =>
        uri is not null && options.Value.ApiBaseUri.IsBaseOf(uri) ? uri.Segments[^1] : "response_url";
}
