using System.Net;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Retries what the connector documents as transient: 429 after its Retry-After, and 412/502/504
/// with exponential backoff plus jitter; at most <see cref="BotOptions.ConnectorMaxAttempts"/> attempts.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<BotOptions> options, TimeProvider clock, ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.ConnectorMaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (attempt >= maxAttempts || !IsTransient(response.StatusCode))
            {
                return response;
            }
            var delay = DelayFor(response, attempt);
            Log.ConnectorRetry(logger, (int)response.StatusCode, attempt, delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } retryAfter)
        {
            return retryAfter;
        }
        return Backoff(attempt, Random.Shared.NextDouble());
    }

    /// <summary>Base × 2^(attempt−1), capped, plus up to half of it again as jitter so callers do not retry in step.</summary>
    public static TimeSpan Backoff(int attempt, double jitter)
    {
        var exponential = BaseDelay * Math.Pow(2, attempt - 1);
        var capped = exponential < MaxDelay ? exponential : MaxDelay;
        return capped + capped * (0.5 * jitter);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is { } d ? (d < TimeSpan.Zero ? TimeSpan.Zero : d) : null;
    }
}
