using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const int MaxAttempts = 3;

    private readonly TimerWatchingTimeProvider _clock = new();
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _services = ConnectorTestServices.Build(
            new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = $"{MaxAttempts}", ["Bot:ConnectorAttemptTimeout"] = "00:00:05" }, _clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task ReplyToActivityAsync_PostsUnderTheActivity_ReturnsNewId()
    {
        var id = await Client.ReplyToActivityAsync(_connector.ServiceUrl, "a:chat/1", "act-9", Message("hi"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", "a:chat/1", "act-9"), (request.Method, request.ConversationId, request.ActivityId));
        Assert.Equal("hi", request.Body!["text"]!.GetValue<string>());
        Assert.Equal("1", id);
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsTheActivity()
    {
        await Client.UpdateActivityAsync(_connector.ServiceUrl, "chat-1", "card-7", Message("refreshed"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("PUT", "chat-1", "card-7"), (request.Method, request.ConversationId, request.ActivityId));
        Assert.Equal("refreshed", request.Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_StoredPersonalReference_PostsIntoThatChat()
    {
        var references = _services.GetRequiredService<ConversationReferences>();
        var incoming = ActivityFixtures.Load("personal-message", _connector.ServiceUrl).ToActivity();
        await references.SaveAsync(ConversationReference.From(incoming)!, CancellationToken.None);

        var reference = await references.FindPersonalChatAsync("00000000-0000-0000-0000-0000000000a1", CancellationToken.None);
        await _services.GetRequiredService<ProactiveMessenger>().SendAsync(reference!, BotMessage.Plain("Reminder: ticket 42"), TestDeliveries.Post("42/overdue"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", "personal-chat-id", null), (request.Method, request.ConversationId, request.ActivityId));
        Assert.Equal("Reminder: ticket 42", request.Body!["text"]!.GetValue<string>());
        Assert.Equal("user-id-0", request.Body["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateThreadAsync_ChannelReference_StartsAThreadInTheChannel()
    {
        var incoming = ActivityFixtures.Load("channel-message-mention", _connector.ServiceUrl).ToActivity();
        var channel = ConversationReference.From(incoming)!;

        var thread = await _services.GetRequiredService<ProactiveMessenger>()
            .CreateThreadAsync(channel, BotMessage.Plain("Morning huddle"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", null), (request.Method, request.ConversationId));
        Assert.True(request.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:general@thread.tacv2", request.Body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("Morning huddle", request.Body["activity"]!["text"]!.GetValue<string>());
        Assert.Equal("19:general@thread.tacv2;messageid=1", thread.Id);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _connector.FailNext(429, retryAfterSeconds: 3);

        var send = Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(3), await _clock.NextDelayAsync());
        Assert.False(send.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("1", await send);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_TransientFailure_RetriesAfterBackoff(int status)
    {
        _connector.FailNext(status);

        var send = Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None);

        var delay = await _clock.NextDelayAsync();
        Assert.InRange(delay, TimeSpan.Zero, ConnectorResilience.BaseDelay * 2);
        _clock.Advance(delay);
        Assert.Equal("1", await send);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_KeepsFailing_GivesUpAfterMaxAttemptsWithGrowingBackoff()
    {
        for (var i = 0; i < MaxAttempts + 1; i++)
        {
            _connector.FailNext(502);
        }

        var send = Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None);
        var first = await _clock.NextDelayAsync();
        _clock.Advance(first);
        var second = await _clock.NextDelayAsync();
        _clock.Advance(second);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => send);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(MaxAttempts, _connector.Requests.Count);
        Assert.InRange(second, TimeSpan.Zero, ConnectorResilience.MaxDelay);
    }

    [Fact]
    public async Task Send_KeepsFailing_CountsRetriesAndOneFailure()
    {
        using var metrics = new MetricRecorder(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        for (var i = 0; i < MaxAttempts; i++)
        {
            _connector.FailNext(503);
        }

        var send = Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None);
        for (var retry = 1; retry < MaxAttempts; retry++)
        {
            _clock.Advance(await _clock.NextDelayAsync());
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => send);
        Assert.Equal(MaxAttempts - 1, metrics.Total("onej.connector.retries"));
        Assert.Equal(1, metrics.Total("onej.connector.failures"));
    }

    [Fact]
    public async Task Send_ConnectorHangs_GivesUpAfterTheAttemptTimeoutWithoutRetrying()
    {
        _connector.HangNext();

        var send = Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None);
        await _connector.WaitForRequestsAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<HttpRequestException>(() => send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_OneAttemptConfigured_FailsAtTheFirstServerError()
    {
        await using var services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["Bot:ConnectorMaxAttempts"] = "1" }, _clock);
        _connector.FailNext(500);

        // Before, every call failed at once: Polly refused the pipeline's retry strategy of no retries.
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<ConnectorClient>()
            .SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_ClientError_DoesNotRetry()
    {
        _connector.FailNext(400);

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => Client.SendToConversationAsync(_connector.ServiceUrl, "chat-1", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    // The limiter runs on the real clock (see ConnectorRateLimiter), so this test waits about a second.
    [Fact]
    public async Task Send_EightPostsAtOnceInOneChat_EighthWaitsASecondOtherChatsDoNot()
    {
        var sends = Enumerable.Range(1, 8)
            .Select(i => Client.SendToConversationAsync(_connector.ServiceUrl, "busy-chat", Message($"m{i}"), CancellationToken.None))
            .ToList();
        await _connector.WaitForRequestsAsync(new ConnectorLimitsOptions().ConversationBurst.Permits);
        await Client.SendToConversationAsync(_connector.ServiceUrl, "quiet-chat", Message("other"), CancellationToken.None);
        await Task.WhenAll(sends);

        var busy = _connector.Requests.Where(r => r.ConversationId == "busy-chat").ToList();
        var quiet = Assert.Single(_connector.Requests, r => r.ConversationId == "quiet-chat");
        Assert.Equal(8, busy.Count);
        Assert.True(quiet.ArrivedAt < busy[^1].ArrivedAt, "the other chat waited behind the busy one");
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(busy[0].ArrivedAt, busy[^1].ArrivedAt) >= TimeSpan.FromSeconds(1), "8 operations within a second");
    }
}
