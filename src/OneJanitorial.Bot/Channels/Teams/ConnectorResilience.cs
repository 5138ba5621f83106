using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The Bot Connector pipeline (Microsoft.Extensions.Http.Resilience): a circuit breaker, so a connector that
/// fails or hangs makes later replies fail fast instead of holding their conversation; retries of what the
/// connector documents as transient (429 after its Retry-After, 412/500/502/503/504 and refused connections
/// with exponential backoff and jitter), at most <see cref="BotOptions.ConnectorMaxAttempts"/> attempts; and a
/// timeout per attempt. A timed-out POST is not retried: the connector may have delivered it. Between the retries and the
/// timeout, every attempt waits for Teams' rate limits (<see cref="ConnectorRateLimiter"/>, unless
/// <see cref="ConnectorLimitsOptions.Enabled"/> is false): that wait is not part of the attempt's timeout, and a call its
/// queue refuses is neither retried nor counted against the circuit.
/// </summary>
public static class ConnectorResilience
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("bot-connector", (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
            var metrics = services.GetRequiredService<TeamsMetrics>();
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience).FullName!);
            pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 5,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
                ShouldHandle = args => ValueTask.FromResult(IsOutage(args.Outcome)),
            });
            AddRetries(pipeline, options.ConnectorMaxAttempts, metrics, logger);
            AddRateLimits(pipeline, services, logger);
            pipeline.AddTimeout(options.ConnectorAttemptTimeout);
        });
        return builder;
    }

    /// <summary>Retries the connector's transient answers; none with one attempt (Polly refuses a retry strategy of no retries).</summary>
    private static void AddRetries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, int maxAttempts, TeamsMetrics metrics, ILogger logger)
    {
        if (maxAttempts <= 1)
        {
            return;
        }
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = maxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = BaseDelay,
            MaxDelay = MaxDelay,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            OnRetry = args =>
            {
                var status = (int?)args.Outcome.Result?.StatusCode ?? 0;
                metrics.ConnectorRetried(status);
                Log.ConnectorRetry(logger, status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        });
    }

    private static void AddRateLimits(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services, ILogger logger)
    {
        var limits = services.GetRequiredService<IOptions<ConnectorLimitsOptions>>().Value;
        if (!limits.Enabled)
        {
            return;
        }
        var limiter = services.GetRequiredService<ConnectorRateLimiter>();
        pipeline.AddRateLimiter(new RateLimiterStrategyOptions
        {
            RateLimiter = args => limiter.AcquireAsync(ConnectorCall.Of(args.Context.GetRequestMessage()), args.Context.CancellationToken),
            OnRejected = _ =>
            {
                Log.ConnectorCallRefused(logger, limits.QueueLimit);
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>Worth another attempt: the connector's documented transient answers, or no answer because the connection failed.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => IsTransient(response.StatusCode),
        { Exception: HttpRequestException } => true,
        _ => false,
    };

    /// <summary>What counts against the circuit: server errors, attempt timeouts and failed connections (not 429/412).</summary>
    private static bool IsOutage(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>True for the exceptions this pipeline itself throws when it gives up early (open circuit, attempt timeout, a full rate-limit queue).</summary>
    public static bool IsPipelineRejection(Exception exception) => exception is BrokenCircuitException or TimeoutRejectedException or RateLimiterRejectedException;
}
