using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The connector pipeline (<see cref="ConnectorResilience"/>) gives a call up before the connector answered it in three
/// ways: no answer within the attempt timeout, an open circuit, a full rate-limit queue. Each is a reply the connector may
/// take later, so the outbox sender keeps it (logged with its key, the connector failure counted), tries it again after
/// <see cref="TeamsOutbox.RetryDelay"/> and sends it once; none is given up. One attempt per call, a fake connector on
/// 127.0.0.1, and the clock moved only once the sender waits on it.
/// </summary>
public sealed class OutboxConnectorFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(7); // told apart from the 5 s retry delay
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15); // ConnectorResilience's circuit breaker

    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly InMemoryStateStore _store = new();
    private FakeBotConnector _connector = null!;
    private ServiceProvider? _services;
    private TeamsOutboxSender? _sender;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_sender is not null)
        {
            await _sender.StopAsync(CancellationToken.None);
            _sender.Dispose();
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_ConnectorGivesNoAnswer_KeptLoggedCountedAndSentOnTheNextTry()
    {
        using var metrics = await KeepAndStartAsync([], () => _connector.HangNext());
        await _connector.WaitForRequestsAsync(1);

        _clock.Advance(AttemptTimeout);
        await NextTryAsync(TeamsOutbox.FirstRetryDelay);

        await SentOnceAsync(metrics, tried: 2, failures: 1, because: "TimeoutRejectedException");
    }

    [Fact]
    public async Task Send_CircuitOpen_KeptWithoutACallLoggedCountedAndSentOnceItCloses()
    {
        using var metrics = await KeepAndStartAsync([], TripCircuitAsync);

        await NextTryAsync(BreakDuration + TimeSpan.FromSeconds(1)); // the first try after the break goes

        await SentOnceAsync(metrics, tried: 6, failures: 6, because: "circuit");
        Assert.Equal(["kept"], OutboxReplies.Texts(_connector, "chat-a")); // the try while it was open reached no connector
    }

    [Fact]
    public async Task Send_RateLimitQueueFull_KeptLoggedCountedAndSentOnceTheQueueHasRoom()
    {
        // The limiter runs on the real clock (see ConnectorRateLimiter): a tenant window of 1 s keeps the wait short.
        Task queued = Task.CompletedTask;
        using var metrics = await KeepAndStartAsync(
            new() { ["Bot:ConnectorLimits:Tenant:Permits"] = "1", ["Bot:ConnectorLimits:Tenant:Window"] = "00:00:01", ["Bot:ConnectorLimits:QueueLimit"] = "1" },
            async () =>
            {
                await SendAsync("chat-x"); // takes the window's permit
                queued = SendAsync("chat-y"); // waits for the next: the queue is full
            });
        await Polling.UntilAsync(() => _logs.Lines.Any(l => l.EventId == 2045), "The refused reply was not kept for later.");
        Assert.Contains(_logs.Lines, l => l.EventId == 2031);
        await queued.WaitAsync(TimeSpan.FromSeconds(10));

        await NextTryAsync(TeamsOutbox.FirstRetryDelay);

        await SentOnceAsync(metrics, tried: 3, failures: 1, because: "rate limiter");
    }

    /// <summary>Keeps one reply, builds the pipeline, runs <paramref name="fault"/> on it, then starts the sender.</summary>
    private async Task<MetricRecorder> KeepAndStartAsync(Dictionary<string, string?> settings, Func<Task> fault)
    {
        settings["Bot:ConnectorMaxAttempts"] = "1";
        settings["Bot:ConnectorAttemptTimeout"] = AttemptTimeout.ToString();
        _services = ConnectorTestServices.Build(settings, _clock, _logs);
        var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var outbox = new TeamsOutbox(_store, _services.GetRequiredService<TeamsMetrics>(), _clock, shared: false);
        await outbox.KeepAsync(OutboxReplies.Reply(_connector, "chat-a", "kept"), "act-1", 1, tried: false, CancellationToken.None);
        await fault();
        _sender = OutboxReplies.Sender(_services, outbox, _clock);
        await _sender.StartAsync(CancellationToken.None);
        return metrics;
    }

    private Task<MetricRecorder> KeepAndStartAsync(Dictionary<string, string?> settings, Action fault) =>
        KeepAndStartAsync(settings, () =>
        {
            fault();
            return Task.CompletedTask;
        });

    /// <summary>Five server errors in a row (the breaker's minimum throughput) open the circuit.</summary>
    private async Task TripCircuitAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            _connector.FailNext(500);
            await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync("chat-x"));
        }
    }

    private Task SendAsync(string conversationId) => _services!.GetRequiredService<ConnectorClient>()
        .SendToConversationAsync(_connector.ServiceUrl, conversationId, new Activity { Type = ActivityTypes.Message, Text = "other" }, CancellationToken.None);

    /// <summary>Waits until the sender, its try failed, waits <see cref="TeamsOutbox.FirstRetryDelay"/>; then moves the clock by <paramref name="advance"/>.</summary>
    private async Task NextTryAsync(TimeSpan advance)
    {
        while (await _clock.NextDelayAsync() != TeamsOutbox.FirstRetryDelay)
        {
            // the attempt's and the send's own timeouts
        }
        _clock.Advance(advance);
    }

    /// <summary>The reply arrives, is logged as failed once (for <paramref name="because"/>) and sent once, and leaves the outbox.</summary>
    private async Task SentOnceAsync(MetricRecorder metrics, int tried, int failures, string because)
    {
        await Polling.UntilAsync(() => metrics.Total("onej.outbox.sent") == 1, "The kept reply was not sent.");
        Assert.Equal(tried, _connector.Requests.Count);
        Assert.Equal("kept", _connector.Requests[^1].Body!["text"]!.GetValue<string>());
        var failed = Assert.Single(_logs.Lines, l => l.EventId == 2045);
        Assert.Contains("act-1", failed.Text);
        Assert.Contains(because, failed.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(failures, metrics.Total("onej.connector.failures"));
        Assert.Equal(0, metrics.Total("onej.outbox.given_up"));
        Assert.Empty(await _store.ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
    }
}
