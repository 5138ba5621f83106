using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The scheduled huddle posts of a team on Slack (Edmonton: <c>Slack:Channels</c>) through the real dispatcher, outbox and
/// Web API client to a fake Slack on 127.0.0.1; Toronto stays on Teams (the recording sender the Slack one wraps).
/// </summary>
public sealed class SlackHuddlePostTests : IAsyncLifetime
{
    private const string SlackChannel = "C0EDMONTON1";
    private const string East = "19:east@thread.tacv2";
    private const string West = "19:west@thread.tacv2";
    private const string MorningKey = $"huddle/{SlackChannel}/2026-11-19/morning-huddle";
    private readonly FakeTimeProvider _clock = new(Utc("2026-11-19T13:00:00Z")); // Thu 08:00 Toronto
    private readonly RecordingReminderSender _teams = new();
    private readonly TicketTestDatabase _db = TicketTestDatabase.Sqlite([.. ReminderMigrations.All, .. SurveyMigrations.All]);
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;
    private long _edmonton;
    private long _toronto;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_slack.Settings())
        {
            ["Slack:MaxAttempts"] = "1",
            ["Slack:Channels:Edmonton"] = SlackChannel,
            ["Reminders:Channels:Toronto"] = East,
            ["Reminders:Channels:Edmonton"] = West,
            ["Reminders:ClaimTimeoutSeconds"] = "60",
        }).Build();
        var services = ReminderTestServices.Create(configuration);
        services.AddSingleton<IReminderSender>(_teams);
        services.AddSingleton<TurnDeliveries>();
        services.AddSlackChannel();
        _services = services.BuildServiceProvider();
        var received = Received.AddDays(-8); // its reminders due this morning are long past: only huddles are posted
        _edmonton = (await _db.Store.InsertAsync(Open(received: received) with { Number = 0 }, [], CancellationToken.None)).Ticket.Number;
        _toronto = (await _db.Store.InsertAsync(Open(received: received) with { Number = 0, City = "Toronto" }, [], CancellationToken.None)).Ticket.Number;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
        await _db.DisposeAsync();
    }

    private RemindersOptions Options => _services.GetRequiredService<IOptions<RemindersOptions>>().Value;

    private ReminderDispatcher Dispatcher() => DispatcherOn(
        _db.Database, _services.GetRequiredService<IReminderSender>(), _clock, Options, _services.GetRequiredService<TeamChannels>());

    /// <summary>The huddle digests Slack took (a ticket's reminder due later in a test is posted too).</summary>
    private IReadOnlyList<RecordedSlackCall> Posted => [.. _slack.CallsTo("chat.postMessage")
        .Where(c => c.Response?["ok"]?.GetValue<bool>() == true && c.Body["text"]!.GetValue<string>().Contains(" huddle — ", StringComparison.Ordinal))];

    private async Task<OutboxEntry> MorningPostAsync(params DeliveryState[] states) =>
        Assert.Single(await new ReminderOutbox(_db.Database).ListAsync(states, 20, CancellationToken.None), e => e.Reminder.Key == MorningKey);

    [Fact]
    public async Task RunOnceAsync_MorningOfATeamOnSlack_OneSlackMessageWithTheTeamsTicketsNothingInTeams()
    {
        await Dispatcher().RunOnceAsync(CancellationToken.None);

        var post = Assert.Single(Posted).Body;
        Assert.Equal(SlackChannel, post["channel"]!.GetValue<string>());
        Assert.Equal("Morning huddle — Thu, Nov 19: 1 open, 0 overdue, 3 to coach on", post["text"]!.GetValue<string>());
        var blocks = post["blocks"]!.ToJsonString();
        Assert.Contains($"#{_edmonton}", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{_toronto}", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain(_teams.Posted, p => p.Channel == West);
    }

    [Fact]
    public async Task RunOnceAsync_TeamOnTeams_ItsDigestStillInItsTeamsChannelOnly()
    {
        await Dispatcher().RunOnceAsync(CancellationToken.None);

        var (channel, view) = Assert.Single(_teams.Posted);
        Assert.Equal(East, channel);
        Assert.Equal("Morning huddle — Thu, Nov 19: 1 open, 0 overdue, 3 to coach on", view.Summary); // Toronto's ticket only
        Assert.Empty(_teams.Delivered);
    }

    [Fact]
    public async Task RunOnceAsync_SecondPassAndARestartTheSameMorning_PostedOnce()
    {
        await Dispatcher().RunOnceAsync(CancellationToken.None);
        await Dispatcher().RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        await Dispatcher().RunOnceAsync(CancellationToken.None); // a restarted bot, the same morning

        Assert.Single(Posted);
        Assert.Equal(DeliveryState.Sent, (await MorningPostAsync(DeliveryState.Sent)).State);
    }

    [Theory]
    [InlineData(true)] // HTTP 429, ratelimited
    [InlineData(false)] // HTTP 500, internal_error
    public async Task RunOnceAsync_SlackOutEarlyInTheMorning_RetriedPastMaxAttemptsAndPostedOnce(bool rateLimited)
    {
        Options.MaxAttempts = 1;
        if (rateLimited)
        {
            _slack.RateLimitNext("chat.postMessage", times: 3);
        }
        else
        {
            _slack.FailNext("chat.postMessage", times: 3);
        }
        var dispatcher = Dispatcher();

        for (var pass = 0; pass < 8; pass++, _clock.Advance(TimeSpan.FromMinutes(5)))
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(4, _slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(SlackChannel, Assert.Single(Posted).Body["channel"]!.GetValue<string>());
        Assert.Equal(4, (await MorningPostAsync(DeliveryState.Sent)).Attempts); // 3 refused, then posted
    }

    [Fact]
    public async Task RunOnceAsync_SlackOutUntilTheDayEnds_TheEndOfDayPostDroppedNotMadeUpForTomorrow()
    {
        Options.MaxAttempts = 1;
        _clock.SetUtcNow(Utc("2026-11-19T21:30:00Z")); // Thu 16:30
        _slack.FailNext("chat.postMessage", times: 2);
        await Dispatcher().RunOnceAsync(CancellationToken.None);
        _clock.SetUtcNow(Utc("2026-11-19T23:00:00Z"));
        await Dispatcher().RunOnceAsync(CancellationToken.None); // still out: retried past MaxAttempts while its day lasts

        _clock.SetUtcNow(Utc("2026-11-20T13:00:00Z")); // Slack is back on Fri 08:00
        await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["Morning huddle — Fri, Nov 20: 1 open, 0 overdue, 3 to coach on"], Posted.Select(c => c.Body["text"]!.GetValue<string>()));
        var dropped = await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Cancelled], 20, CancellationToken.None);
        Assert.Equal((2, "slack chat.postMessage: http_500"), dropped.Where(e => e.Reminder.Key == $"huddle/{SlackChannel}/2026-11-19/end-of-day-huddle")
            .Select(e => (e.Attempts, e.LastError)).Single());
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    public async Task RunOnceAsync_BotCannotPostInTheSlackChannel_AFailedPostListedNotRetried(string error)
    {
        Options.MaxAttempts = 1;
        _slack.RefuseChannel(SlackChannel, error);

        await Dispatcher().RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(30));
        await Dispatcher().RunOnceAsync(CancellationToken.None);

        var failed = await MorningPostAsync(DeliveryState.Failed);
        Assert.Equal((1, $"slack chat.postMessage: {error}"), (failed.Attempts, failed.LastError));
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Empty(Posted);
    }

    [Fact]
    public async Task SyncAsync_TeamOnSlack_ItsNextPostsAreListedInItsSlackChannelNotItsTeamsOne()
    {
        await Dispatcher().SyncAsync(CancellationToken.None);

        var keys = (await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Pending], 20, CancellationToken.None))
            .Select(e => e.Reminder).Where(r => r.IsHuddlePost).Select(r => r.Key).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            $"huddle/{East}/2026-11-19/end-of-day-huddle", $"huddle/{East}/2026-11-19/morning-huddle",
            $"huddle/{SlackChannel}/2026-11-19/end-of-day-huddle", MorningKey,
        ], keys);
    }

    [Fact]
    public async Task SyncAsync_TeamMovedToSlackBeforeItsPost_ItsTeamsPostCancelledAndPostedInSlack()
    {
        await DispatcherOn(_db.Database, _teams, _clock, Options).SyncAsync(CancellationToken.None); // before Edmonton was on Slack

        await Dispatcher().RunOnceAsync(CancellationToken.None);

        var cancelled = await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Cancelled], 20, CancellationToken.None);
        Assert.Equal([$"huddle/{West}/2026-11-19/end-of-day-huddle", $"huddle/{West}/2026-11-19/morning-huddle"],
            cancelled.Select(e => e.Reminder.Key).Order(StringComparer.Ordinal));
        Assert.Equal(SlackChannel, Assert.Single(Posted).Body["channel"]!.GetValue<string>());
        Assert.Equal([East], _teams.Posted.Select(p => p.Channel));
    }

    [Fact]
    public async Task SyncAsync_TeamMovedBackToTeamsBeforeItsPost_ItsSlackPostCancelledAndPostedInTeams()
    {
        await Dispatcher().SyncAsync(CancellationToken.None); // while Edmonton was on Slack

        await DispatcherOn(_db.Database, _teams, _clock, Options).RunOnceAsync(CancellationToken.None);

        var cancelled = await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Cancelled], 20, CancellationToken.None);
        Assert.Equal([$"huddle/{SlackChannel}/2026-11-19/end-of-day-huddle", MorningKey], cancelled.Select(e => e.Reminder.Key).Order(StringComparer.Ordinal));
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
        Assert.Equal([East, West], _teams.Posted.Select(p => p.Channel).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_TeamsPostClaimedByACrashedInstanceThenTeamMovedToSlack_DroppedNotPostedInTeams()
    {
        var outbox = new ReminderOutbox(_db.Database);
        await DispatcherOn(_db.Database, _teams, _clock, Options).SyncAsync(CancellationToken.None); // before Edmonton was on Slack
        var now = _clock.GetUtcNow();
        Assert.Equal(2, (await outbox.ClaimAsync("crashed", now, now.AddSeconds(60), 20, CancellationToken.None)).Count); // never marked
        _clock.Advance(TimeSpan.FromMinutes(2)); // its claim ran out

        await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal(SlackChannel, Assert.Single(Posted).Body["channel"]!.GetValue<string>());
        Assert.Equal([East], _teams.Posted.Select(p => p.Channel));
        var west = $"huddle/{West}/2026-11-19/morning-huddle";
        Assert.Contains(await outbox.ListAsync([DeliveryState.Cancelled], 20, CancellationToken.None), e => e.Reminder.Key == west);
    }
}
