using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack.Modals;

/// <summary>
/// A modal submit held by an instance that stopped before finishing it, taken on after a restart by the real inbox
/// worker, whose turn then fails in the core: it is never marked done silently. A failure a retry cannot fix is marked
/// failed and the user told at once (chat.postEphemeral in the modal's conversation); one a retry can fix (storage
/// down) is tried again with backoff, then given up the same way, logged with its id and counted. The user is told only
/// once it is marked failed: a stop before that mark leaves it to be taken on again, and told once.
/// </summary>
public sealed class SlackSubmissionResumeTests : IAsyncLifetime
{
    private const string User = "U123ABC456";
    private const string Channel = "C123ABC456";
    private readonly FailingFeature _feature = new();
    private readonly FaultyStateStore _faults = new();
    private readonly TimesOutFailureNotices _timesOut = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(fakeClock: true, services: s =>
    {
        s.AddSingleton<ChatFeature>(_feature);
        _faults.WrapIn(s);
        s.AddHttpClient<SlackWebApiClient>().AddHttpMessageHandler(_timesOut.NewHandler);
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ResumedSubmit_CoreFailsForGood_MarkedFailedAndTheUserToldWithoutRetrying()
    {
        _feature.Failure = () => new InvalidOperationException("a bug in the core");
        var id = await HeldByAStoppedInstanceAsync();

        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0);

        AssertToldTheUser(SlackViewSubmissions.FailedNote);
        Assert.True(await IsMarkedFailedAsync(id));
        Assert.Equal(1, _feature.Runs);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2127 && l.Text.Contains(id, StringComparison.Ordinal));
        Assert.Equal((0, 1), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
    }

    [Fact]
    public async Task ResumedSubmit_StorageDownOnEveryAttempt_RetriedWithBackoffThenGivenUpAndTheUserTold()
    {
        _feature.Failure = () => new StorageUnavailableException("the database is down");
        var id = await HeldByAStoppedInstanceAsync();

        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0);

        AssertToldTheUser(SlackViewSubmissions.FailedNote);
        Assert.True(await IsMarkedFailedAsync(id));
        Assert.Equal(SlackInboxWorker.MaxAttempts, _feature.Runs);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2118 && l.Text.Contains(id, StringComparison.Ordinal));
        Assert.Equal((SlackInboxWorker.MaxAttempts - 1, 1), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
    }

    [Fact]
    public async Task ResumedSubmit_StorageDownOnce_RetriedAndItsAnswerPostedOnce()
    {
        _feature.Failure = () => new StorageUnavailableException("the database is down");
        _feature.Failures = 1;
        var id = await HeldByAStoppedInstanceAsync();

        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0);

        AssertToldTheUser(FailingFeature.Answer);
        await _bot.WaitForInboxDoneAsync(2); // the submit and its follow-up
        Assert.False(await IsMarkedFailedAsync(id));
        Assert.Equal(2, _feature.Runs);
        Assert.Equal((1, 0), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
    }

    [Fact]
    public async Task ResumedSubmit_FailsForGoodAndStopsBeforeMarkedFailed_TakenOnAgainAndTheUserToldOnce()
    {
        _feature.Failure = () => new InvalidOperationException("a bug in the core");
        _faults.FailNextWrite(SlackInbox.KeyPrefix, holding: "\"failed\":true");
        var id = await HeldByAStoppedInstanceAsync();

        await RunClockUntilAsync(() => _feature.Runs == 2 && _bot.Slack.CallsTo("chat.postEphemeral").Count > 0);

        AssertToldTheUser(SlackViewSubmissions.FailedNote);
        Assert.True(await IsMarkedFailedAsync(id));
        Assert.Equal(2, _feature.Runs);
        Assert.Equal((0, 1), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
    }

    [Fact]
    public async Task ResumedSubmit_FailureNoticeTimesOut_LoggedAndTheWorkerGoesOnWithTheNextWork()
    {
        _feature.Failure = () => new InvalidOperationException("a bug in the core");
        _feature.Failures = 1;
        _timesOut.Armed = true;
        var failed = await HeldByAStoppedInstanceAsync();
        await RunClockUntilAsync(() => !_timesOut.Armed);

        await HeldByAStoppedInstanceAsync("V0RESUMED2");
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0);

        AssertToldTheUser(FailingFeature.Answer);
        Assert.True(await IsMarkedFailedAsync(failed));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2128 && l.Text.Contains(failed, StringComparison.Ordinal));
        Assert.Equal(2, _feature.Runs);
    }

    /// <summary>Holds a submit as the instance that received it did before it stopped; returns its inbox id.</summary>
    private async Task<string> HeldByAStoppedInstanceAsync(string viewId = "V0RESUMED1")
    {
        var payload = SlackFixtures.ViewSubmission(viewId, FailingFeature.Verb);
        var work = new SlackWork(SlackViewSubmissions.WorkId(payload), SlackWorkKind.Submission, payload.ToJsonString(), _bot.Clock.GetUtcNow());
        Assert.Equal(SlackHold.Held, await new SlackInbox(_bot.Store, _bot.Clock).HoldAsync(SlackClaim.For(work), CancellationToken.None));
        return work.Id;
    }

    private void AssertToldTheUser(string text)
    {
        var notice = Assert.Single(_bot.Slack.CallsTo("chat.postEphemeral")).Body;
        Assert.Equal((Channel, User, text), (notice["channel"]!.GetValue<string>(), notice["user"]!.GetValue<string>(), notice["text"]!.GetValue<string>()));
    }

    private async Task<bool> IsMarkedFailedAsync(string id)
    {
        var entry = JsonNode.Parse((await _bot.Store.ReadAsync(SlackInbox.KeyPrefix + Uri.EscapeDataString(id), CancellationToken.None))!.Json)!;
        Assert.NotNull(entry["doneAt"]);
        return entry["failed"]?.GetValue<bool>() == true;
    }

    /// <summary>Moves the bot's clock (bounded) until <paramref name="done"/>: past the stale limit, sweeps and retry delays.</summary>
    private async Task RunClockUntilAsync(Func<bool> done)
    {
        await Polling.RunClockUntilAsync(_bot.Clock, done, maxSeconds: 900, "The resumed submit was neither answered nor given up.");
        await Task.Delay(200); // anything that would follow it (a second notice) has its chance
    }

    /// <summary>Once armed, the next failure notice (<see cref="SlackViewSubmissions.FailedNote"/>) times out on its way to Slack, as an HTTP call does.</summary>
    private sealed class TimesOutFailureNotices
    {
        private int _armed;

        public bool Armed
        {
            get => Volatile.Read(ref _armed) == 1;
            set => Volatile.Write(ref _armed, value ? 1 : 0);
        }

        public DelegatingHandler NewHandler() => new Handler(this);

        private sealed class Handler(TimesOutFailureNotices owner) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                if (body.Contains("part of what you submitted", StringComparison.Ordinal) && Interlocked.Exchange(ref owner._armed, 0) == 1)
                {
                    throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException());
                }
                return await base.SendAsync(request, cancellationToken);
            }
        }
    }

    /// <summary>Fails its first <see cref="Failures"/> runs with <see cref="Failure"/>, then answers <see cref="Answer"/>.</summary>
    private sealed class FailingFeature : ChatFeature
    {
        public const string Answer = "Submitted.";
        public static readonly Verb Verb = new("test.failing");
        private int _runs;

        public Func<Exception> Failure { get; set; } = () => new InvalidOperationException("failed");

        public int Failures { get; set; } = int.MaxValue;

        public int Runs => Volatile.Read(ref _runs);

        public override IReadOnlyCollection<Verb> Verbs => [Verb];

        public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _runs) <= Failures)
            {
                throw Failure();
            }
            await output.SendAsync(BotMessage.Plain(Answer), cancellationToken);
        }
    }
}
