using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Reminders and huddle posts from the real dispatcher through the Teams channel into the real outbox (its state store and
/// the reminders' outbox on one SQLite or PostgreSQL database) and a fake Bot Connector on 127.0.0.1: a delivery the
/// dispatcher tries again after it stopped before recording it is made once, and a kept one that expired is dropped
/// unsent and listed as failed. One attempt per connector call, so one scripted 500 is a call the connector could not take.
/// </summary>
public abstract class ProactiveDeliveryTests : IAsyncLifetime
{
    private const string Chat = "a:taylor-chat";
    private const string Channel = "19:all@thread.tacv2";

    private readonly CapturingLoggerProvider _logs = new();
    private readonly RemindersOptions _options = new() { ClaimTimeoutSeconds = 60 };
    private TimerWatchingTimeProvider _clock = null!;
    private FakeBotConnector _connector = null!;
    private TicketTestDatabase _db = null!;
    private ServiceProvider _services = null!;

    protected abstract bool Shared { get; }

    protected abstract Task<TicketTestDatabase> OpenAsync();

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _db = await OpenAsync();
        await _db.Database.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await OutboxSender.StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }
        await _db.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private TeamsOutboxSender OutboxSender => _services.GetServices<IHostedService>().OfType<TeamsOutboxSender>().Single();

    private IReminderSender Teams => _services.GetRequiredService<IReminderSender>();

    [Fact]
    public async Task Reminder_KeptThenTheDispatcherStopsBeforeRecordingIt_SentOnceWhenTheConnectorIsBack()
    {
        await StartAtAsync(Utc("2026-11-18T17:46:00Z")); // ticket 42's client response was due 17:45Z: Taylor's, in her chat
        await _db.Store.InsertAsync(Open(), [], CancellationToken.None);
        _connector.FailNext(500);
        await StopsAfterSendingAsync();

        await SendKeptAsync(requests: 2); // the restarted bot sends the kept reminder
        _clock.Advance(TimeSpan.FromSeconds(61)); // the stopped dispatcher's claim runs out: the row is tried again
        Assert.Equal(1, await Dispatcher(Teams).RunOnceAsync(CancellationToken.None));

        // Before, the kept reminder was sent, then the row tried again was sent at once as well: Taylor got it twice.
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1);
        Assert.Equal(2, _connector.Requests.Count); // the 500, then the reminder once
        Assert.Equal(DeliveryState.Sent, Assert.Single(await Rows(DeliveryState.Sent)).State);
    }

    [Fact]
    public async Task Reminder_KeptThenTheDispatcherStopsBeforeRecordingIt_TriedAgainWhileKept_KeptOnce()
    {
        await StartAtAsync(Utc("2026-11-18T17:46:00Z"));
        await _db.Store.InsertAsync(Open(), [], CancellationToken.None);
        _connector.FailNext(500);
        await StopsAfterSendingAsync();

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await Dispatcher(Teams).RunOnceAsync(CancellationToken.None)); // the connector still out, the reminder still kept

        // Before, the row tried again was kept a second time under a key of its own, and both were sent.
        Assert.Single(await _services.GetRequiredService<IStateStore>().ListAsync(TeamsOutbox.KeyPrefix, CancellationToken.None));
        Assert.Contains(_logs.Lines, l => l.EventId == 2055 && l.Text.Contains(Chat, StringComparison.Ordinal));
        await SendKeptAsync(requests: 2);
    }

    [Fact]
    public async Task HuddleDigest_KeptPastItsBusinessDay_DroppedUnsentLoggedCountedAndListedFailed()
    {
        _options.DefaultChannel = Channel; // its huddle posts
        await StartAtAsync(Utc("2026-11-19T13:00:00Z")); // Thu 08:00 Toronto: the morning digest is due
        using var metrics = new MetricRecorder(_services.GetRequiredService<IMeterFactory>());
        _connector.FailNext(503);
        Assert.Equal(1, await Dispatcher(Teams).RunOnceAsync(CancellationToken.None)); // kept: delivered as far as the dispatcher knows

        _clock.SetUtcNow(Utc("2026-11-19T22:00:01Z")); // 17:00 Toronto has passed while the connector was out
        await OutboxSender.StartAsync(CancellationToken.None);
        await Polling.UntilAsync(() => _logs.Lines.Any(l => l.EventId == 2056), "The expired digest was not dropped.");
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1);

        // Before, the digest kept since the morning was posted at 17:00 as if fresh (the outbox kept it up to 24 h).
        Assert.Single(_connector.Requests); // the 503 alone
        Assert.Equal(1, metrics.Total("onej.outbox.given_up"));
        var failed = Assert.Single(await Rows(DeliveryState.Failed));
        Assert.Equal($"huddle/{Channel}/2026-11-19/morning-huddle", failed.Reminder.Key);
        Assert.Contains("expired unsent", failed.LastError, StringComparison.Ordinal);
    }

    /// <summary>Services on the test database as the host registers them, with the outbox sender not started; the clock starts at <paramref name="start"/>.</summary>
    private async Task StartAtAsync(DateTimeOffset start)
    {
        _clock = new TimerWatchingTimeProvider(start);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:ConnectorMaxAttempts"] = "1",
            ["Reminders:SchedulerEnabled"] = "false",
        }).Build();
        var services = ReminderTestServices.Create(configuration);
        services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Information));
        services.AddTeamsChannel(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IStateStore>(new SqlStateStore(_db.Database));
        services.AddSingleton(new ReminderOutbox(_db.Database));
        services.AddSingleton(sp => new TeamsOutbox(sp.GetRequiredService<IStateStore>(), sp.GetRequiredService<TeamsMetrics>(), _clock, Shared));
        _services = services.BuildServiceProvider();
        var references = _services.GetRequiredService<ConversationReferences>();
        await references.SaveAsync(new(_connector.ServiceUrl, Chat, "personal", "tenant-1", null, null, "bot-1", "OneJ", "29:taylor", "Taylor", null), CancellationToken.None);
        await references.SaveAsync(new(_connector.ServiceUrl, Channel, "channel", "tenant-1", "team-1", Channel, "bot-1", "OneJ", null, null, null), CancellationToken.None);
    }

    private ReminderDispatcher Dispatcher(IReminderSender sender) => DispatcherOn(_db.Database, sender, _clock, _options);

    /// <summary>A dispatcher pass whose process stops right after the channel took the reminder, before its delivery is recorded.</summary>
    private async Task StopsAfterSendingAsync()
    {
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(new StopsAfterSend(Teams, stop)).RunOnceAsync(stop.Token));
        Assert.Single(await Rows(DeliveryState.Claimed));
    }

    private Task<IReadOnlyList<OutboxEntry>> Rows(DeliveryState state) => new ReminderOutbox(_db.Database).ListAsync([state], 10, CancellationToken.None);

    /// <summary>Starts the outbox sender and lets its retry delay pass until the connector got <paramref name="requests"/> calls.</summary>
    private async Task SendKeptAsync(int requests)
    {
        await OutboxSender.StartAsync(CancellationToken.None);
        for (var step = 0; step < 20 && _connector.Requests.Count < requests; step++)
        {
            await Task.Delay(50);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        await Polling.UntilAsync(() => _connector.Requests.Count >= requests, "The kept reminder was not sent.");
        await OutboxReplies.LetPollsPassAsync(_clock, senders: 1);
        Assert.Equal(requests, _connector.Requests.Count);
    }

    /// <summary>The channel's send, then the process stops (the pass's token cancelled) before the dispatcher records it.</summary>
    private sealed class StopsAfterSend(IReminderSender inner, CancellationTokenSource stop) : IReminderSender
    {
        public async Task<DeliveryResult> SendAsync(ReminderNotice notice, ProactiveDelivery delivery, CancellationToken cancellationToken)
        {
            await inner.SendAsync(notice, delivery, cancellationToken);
            await stop.CancelAsync();
            throw new OperationCanceledException(stop.Token);
        }

        public async Task<DeliveryResult> PostAsync(string channel, OneJanitorial.Bot.Views.View view, ProactiveDelivery delivery, CancellationToken cancellationToken)
        {
            await inner.PostAsync(channel, view, delivery, cancellationToken);
            await stop.CancelAsync();
            throw new OperationCanceledException(stop.Token);
        }
    }
}

public sealed class SqliteProactiveDeliveryTests : ProactiveDeliveryTests
{
    protected override bool Shared => false;

    protected override Task<TicketTestDatabase> OpenAsync() =>
        Task.FromResult(TicketTestDatabase.Sqlite([.. ReminderMigrations.All, .. SurveyMigrations.All, .. StateStoreMigrations.All]));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresProactiveDeliveryTests(PostgresServerFixture server) : ProactiveDeliveryTests
{
    protected override bool Shared => true;

    protected override Task<TicketTestDatabase> OpenAsync() =>
        TicketTestDatabase.PostgresAsync(server, [.. ReminderMigrations.All, .. SurveyMigrations.All, .. StateStoreMigrations.All]);
}
