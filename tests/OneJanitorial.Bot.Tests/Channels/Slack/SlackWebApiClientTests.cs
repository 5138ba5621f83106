using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;

    private SlackWebApiClient Client => _services.GetRequiredService<SlackWebApiClient>();

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _services = Build(FakeSlackServer.BotToken);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostMessageAsync_Thread_SendsJsonWithBotTokenAndReturnsTs()
    {
        var result = await Client.PostMessageAsync("C1", new SlackMessageContent("hi *there*"), "1700000000.000100", CancellationToken.None);

        Assert.True(result.Ok);
        Assert.NotNull(result.StringAt("ts"));
        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal($"Bearer {FakeSlackServer.BotToken}", call.Authorization);
        Assert.Equal("C1", call.Body["channel"]!.GetValue<string>());
        Assert.Equal("hi *there*", call.Body["text"]!.GetValue<string>());
        Assert.Equal("1700000000.000100", call.Body["thread_ts"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostMessageAsync_NoThread_OmitsThreadTs()
    {
        await Client.PostMessageAsync("C1", new SlackMessageContent("hi"), null, CancellationToken.None);

        Assert.False(Assert.Single(_slack.CallsTo("chat.postMessage")).Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task PostMessageAsync_SlackAnswersOkFalse_ReturnsErrorAndLogsItWithoutTheToken()
    {
        await using var services = Build("xoxb-wrong-secret-token");

        var result = await services.GetRequiredService<SlackWebApiClient>().PostMessageAsync("C1", new SlackMessageContent("private words"), null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("invalid_auth", result.Error);
        var line = Assert.Single(_logs.Lines, l => l.EventId == 2120);
        Assert.Contains("chat.postMessage", line.Text, StringComparison.Ordinal);
        Assert.Contains("invalid_auth", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Text.Contains("wrong-secret", StringComparison.Ordinal) || l.Text.Contains("private words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessageAsync_429_WaitsForRetryAfterAndPostsOnce()
    {
        _slack.RateLimitNext("chat.postMessage");

        var result = await Client.PostMessageAsync("C1", new SlackMessageContent("hi"), null, CancellationToken.None);

        Assert.True(result.Ok);
        var calls = _slack.CallsTo("chat.postMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms; Retry-After was 1 s");
        Assert.Contains(_logs.Lines, l => l.EventId == 2121);
    }

    [Fact]
    public async Task PostMessageAsync_429OnEveryAttempt_GivesUpAfterMaxAttempts()
    {
        await using var services = Build(FakeSlackServer.BotToken, maxAttempts: 2);
        _slack.RateLimitNext("chat.postMessage", times: 5);

        var result = await services.GetRequiredService<SlackWebApiClient>().PostMessageAsync("C1", new SlackMessageContent("hi"), null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("http_429", result.Error);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    // The limiter on a fake clock: the first message of each channel goes without the clock moving; the second one in the
    // same channel waits on a timer of one period and is sent only once that much time has passed.
    [Fact]
    public async Task PostMessageAsync_BurstInOneChannel_SpacedOneSecondApartButOtherChannelsNotHeldUp()
    {
        var clock = new TimerWatchingTimeProvider();
        await using var services = Build(FakeSlackServer.BotToken, clock: clock);
        var client = services.GetRequiredService<SlackWebApiClient>();

        var first = client.PostMessageAsync("C1", new SlackMessageContent("1"), null, CancellationToken.None);
        var second = client.PostMessageAsync("C1", new SlackMessageContent("2"), null, CancellationToken.None);
        var other = client.PostMessageAsync("C2", new SlackMessageContent("3"), null, CancellationToken.None);
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SlackChannelRateLimiter.Period, await clock.NextDelayAsync());
        clock.Advance(SlackChannelRateLimiter.Period - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted, "the second message in C1 was sent before a second had passed");
        Assert.Equal(["1"], TextsIn("C1"));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(30))).Ok);
        Assert.Equal(["1", "2"], TextsIn("C1"));
        Assert.Equal(["3"], TextsIn("C2"));
    }

    // Slack takes the call and never answers (the fake holds it 60 s of machine time): the call is given up after
    // Slack:CallTimeoutSeconds of the bot's clock, as a timed-out call (what every caller takes as Slack unavailable).
    [Fact]
    public async Task PostMessageAsync_SlackNeverAnswers_GivenUpAfterCallTimeoutOfTheBotsClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = Build(FakeSlackServer.BotToken, timeProvider: clock);
        _slack.FailNext("chat.postMessage", fault: SlackFault.Hang);
        var timeout = new SlackOptions().CallTimeout;

        var post = services.GetRequiredService<SlackWebApiClient>().PostMessageAsync("C1", new SlackMessageContent("hi"), null, CancellationToken.None);
        await _slack.WaitForAsync("chat.postMessage");
        clock.Advance(timeout - TimeSpan.FromMilliseconds(1));
        await Task.Delay(200);
        Assert.False(post.IsCompleted, "the call was given up before Slack:CallTimeoutSeconds had passed");
        clock.Advance(TimeSpan.FromMilliseconds(1));

        var given = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsType<TimeoutException>(given.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(10), timeout);
        Assert.Contains(_logs.Lines, l => l.EventId == 2136 && l.Text.Contains("chat.postMessage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessageAsync_CallerCancels_IsTheCallersCancellationNotATimeout()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = Build(FakeSlackServer.BotToken, timeProvider: clock);
        _slack.FailNext("chat.postMessage", fault: SlackFault.Hang);
        using var caller = new CancellationTokenSource();

        var post = services.GetRequiredService<SlackWebApiClient>().PostMessageAsync("C1", new SlackMessageContent("hi"), null, caller.Token);
        await _slack.WaitForAsync("chat.postMessage");
        await caller.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsNotType<TimeoutException>(cancelled.InnerException);
        Assert.DoesNotContain(_logs.Lines, l => l.EventId == 2136);
    }

    [Fact]
    public async Task ViewsAndConversations_SendSlackFieldNames()
    {
        var view = new JsonObject { ["type"] = "modal" };

        Assert.True((await Client.OpenViewAsync("trig1", view, CancellationToken.None)).Ok);
        Assert.True((await Client.PushViewAsync("trig2", view, CancellationToken.None)).Ok);
        Assert.True((await Client.UpdateViewAsync("V1", view, "h1", CancellationToken.None)).Ok);
        Assert.True((await Client.PublishViewAsync("U1", new JsonObject { ["type"] = "home" }, CancellationToken.None)).Ok);
        var dm = await Client.OpenConversationAsync("U1", CancellationToken.None);

        Assert.Equal("trig1", _slack.CallsTo("views.open").Single().Body["trigger_id"]!.GetValue<string>());
        Assert.Equal("trig2", _slack.CallsTo("views.push").Single().Body["trigger_id"]!.GetValue<string>());
        var update = _slack.CallsTo("views.update").Single().Body;
        Assert.Equal(("V1", "h1"), (update["view_id"]!.GetValue<string>(), update["hash"]!.GetValue<string>()));
        Assert.Equal("U1", _slack.CallsTo("views.publish").Single().Body["user_id"]!.GetValue<string>());
        Assert.Equal("DU1", dm);
    }

    [Fact]
    public async Task UpdateAndEphemeral_SendSlackFieldNames()
    {
        await Client.UpdateMessageAsync("C1", "1.2", new SlackMessageContent("new"), CancellationToken.None);
        await Client.PostEphemeralAsync("C2", "U1", new SlackMessageContent("only you"), null, CancellationToken.None);

        var update = _slack.CallsTo("chat.update").Single().Body;
        Assert.Equal(("C1", "1.2", "new"), (update["channel"]!.GetValue<string>(), update["ts"]!.GetValue<string>(), update["text"]!.GetValue<string>()));
        var ephemeral = _slack.CallsTo("chat.postEphemeral").Single().Body;
        Assert.Equal(("C2", "U1"), (ephemeral["channel"]!.GetValue<string>(), ephemeral["user"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OpenConnectionAsync_UsesTheAppLevelToken()
    {
        var result = await Client.OpenConnectionAsync(CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal($"Bearer {FakeSlackServer.AppToken}", _slack.CallsTo("apps.connections.open").Single().Authorization);
        Assert.StartsWith("ws://127.0.0.1", result.StringAt("url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_PostsToTheResponseUrlWithoutAnyToken()
    {
        var result = await Client.RespondAsync(_slack.ResponseUrl("r1"), new SlackMessageContent("answer"), replaceOriginal: true, CancellationToken.None);

        Assert.True(result.Ok);
        var call = Assert.Single(_slack.CallsTo("response_url:r1"));
        Assert.Null(call.Authorization);
        Assert.Equal("ephemeral", call.Body["response_type"]!.GetValue<string>());
        Assert.True(call.Body["replace_original"]!.GetValue<bool>());
    }

    private List<string> TextsIn(string channel) =>
        [.. _slack.CallsTo("chat.postMessage").Where(c => c.Body["channel"]!.GetValue<string>() == channel).Select(c => c.Body["text"]!.GetValue<string>())];

    private ServiceProvider Build(string botToken, int maxAttempts = 4, TimeProvider? clock = null, TimeProvider? timeProvider = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_slack.Settings())
        {
            ["Slack:BotToken"] = botToken,
            ["Slack:AppToken"] = FakeSlackServer.AppToken,
            ["Slack:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.AddProvider(_logs))
            .AddSingleton(timeProvider ?? TimeProvider.System)
            .AddSingleton<IStateStore>(new InMemoryStateStore());
        services.AddBot(configuration);
        if (clock is not null)
        {
            services.AddSingleton(new SlackChannelRateLimiter(clock));
        }
        return services.BuildServiceProvider();
    }
}
