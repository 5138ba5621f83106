using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams' rate limits in the real connector pipeline, against a fake connector on 127.0.0.1. Windows of a minute keep
/// these tests off the real clock the limiter runs on, except the one that waits for a 1 s window to pass.
/// </summary>
public sealed class ConnectorRateLimitPipelineTests : IAsyncLifetime
{
    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly CapturingLoggerProvider _logs = new();
    // Sends a test leaves waiting: cancelled and ended before the services are disposed, as the pipeline's disposal
    // waits for the calls in flight.
    private readonly CancellationTokenSource _waiting = new();
    private readonly List<Task> _leftWaiting = [];
    private FakeBotConnector _connector = null!;
    private ServiceProvider? _services;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _waiting.CancelAsync();
        foreach (var send in _leftWaiting)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        _waiting.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_SecondCallInAChatWithinItsWindow_WaitsAndTheWaitIsNoPartOfTheAttemptTimeout()
    {
        var client = Client(new() { ["Bot:ConnectorLimits:ConversationBurst:Permits"] = "1" });
        await client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None);

        var second = client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None);
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("2", await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_TenantWindowFull_WaitsWhileAnotherTenantsChatGoes()
    {
        var client = Client(new() { ["Bot:ConnectorLimits:Tenant:Permits"] = "1", ["Bot:ConnectorLimits:Tenant:Window"] = "00:01:00" });
        await client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None);

        var sameTenant = client.SendToConversationAsync(_connector.ServiceUrl, "chat-2", Message("tenant-1"), _waiting.Token);
        await client.SendToConversationAsync(_connector.ServiceUrl, "chat-3", Message("tenant-2"), CancellationToken.None);

        _leftWaiting.Add(sameTenant);
        Assert.False(sameTenant.IsCompleted);
        Assert.Equal(["chat-1", "chat-3"], _connector.Requests.Select(r => r.ConversationId));
    }

    [Fact]
    public async Task Send_QueueFull_FailsAtOnceWithoutRetryLoggedAndCounted()
    {
        var client = Client(new()
        {
            ["Bot:ConnectorLimits:ConversationBurst:Permits"] = "1",
            ["Bot:ConnectorLimits:ConversationBurst:Window"] = "00:01:00",
            ["Bot:ConnectorLimits:QueueLimit"] = "1",
        });
        using var metrics = new MetricRecorder(_services!.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None);
        var queued = client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), _waiting.Token);

        await Assert.ThrowsAsync<HttpRequestException>(
            () => client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        _leftWaiting.Add(queued);
        Assert.False(queued.IsCompleted);
        Assert.Single(_connector.Requests);
        Assert.Equal((1, 0), (metrics.Total("onej.connector.failures"), metrics.Total("onej.connector.retries")));
        Assert.Contains(_logs.Lines, l => l.EventId == 2031);
    }

    [Fact]
    public async Task Send_LimitsDisabled_EveryCallGoesAtOnce()
    {
        var client = Client(new()
        {
            ["Bot:ConnectorLimits:Enabled"] = "false",
            ["Bot:ConnectorLimits:ConversationBurst:Permits"] = "1",
            ["Bot:ConnectorLimits:ConversationBurst:Window"] = "00:01:00",
        });

        for (var i = 0; i < 3; i++)
        {
            await client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("tenant-1"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(3, _connector.Requests.Count);
    }

    private ConnectorClient Client(Dictionary<string, string?> settings)
    {
        settings["Bot:ConnectorAttemptTimeout"] = "00:00:05";
        _services = ConnectorTestServices.Build(settings, _clock, _logs);
        return _services.GetRequiredService<ConnectorClient>();
    }

    private static Activity Message(string tenantId) =>
        new() { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { TenantId = tenantId } };
}
