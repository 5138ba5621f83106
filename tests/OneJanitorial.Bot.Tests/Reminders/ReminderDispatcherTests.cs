using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>The outbox and scheduler pass on a real database: each reminder is delivered once, across restarts and instances.</summary>
public abstract class ReminderDispatcherTests : IAsyncLifetime
{
    // Ticket received 16:15Z: client-response due 17:45Z, same-day 23:00Z.
    protected readonly FakeTimeProvider Clock = new(Utc("2026-11-18T17:46:00Z"));
    protected TicketTestDatabase Db = null!;

    protected abstract Task<TicketTestDatabase> OpenAsync();

    public async Task InitializeAsync() => Db = await OpenAsync();

    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected ReminderDispatcher Dispatcher(IReminderSender sender, Database? database = null, int maxAttempts = 5, int giveUpAfterHours = 4) =>
        DispatcherOn(database ?? Db.Database, sender, Clock,
            new RemindersOptions { ClaimTimeoutSeconds = 60, MaxAttempts = maxAttempts, GiveUpAfterHours = giveUpAfterHours });

    protected async Task<IReadOnlyList<long>> SeedAsync(int count)
    {
        var numbers = new List<long>();
        for (var i = 0; i < count; i++)
        {
            numbers.Add((await Db.Store.InsertAsync(Open() with { Number = 0 }, [], CancellationToken.None)).Ticket.Number);
        }
        return numbers;
    }

    [Fact]
    public async Task RunOnceAsync_ClientResponseDue_SentOnceThenNeverAgain()
    {
        var ticket = (await SeedAsync(1))[0];
        var sender = new RecordingReminderSender();
        var dispatcher = Dispatcher(sender);

        Assert.Equal(1, await dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher(sender).RunOnceAsync(CancellationToken.None)); // a restarted instance

        var notice = Assert.Single(sender.Delivered);
        Assert.Equal($"{ticket}/client-response/2026-11-18T17:45:00Z", notice.Reminder.Key);
        Assert.False(notice.Late);
    }

    [Fact]
    public async Task RunOnceAsync_ClientResponseDue_SentUnderItsKeyOfUseAsLongAsTheDispatcherWouldTryIt()
    {
        var ticket = (await SeedAsync(1))[0];
        var sender = new RecordingReminderSender();

        await Dispatcher(sender, giveUpAfterHours: 4).RunOnceAsync(CancellationToken.None);

        // Due 17:45Z, sent 17:46Z: a channel that keeps it drops it unsent four hours after it was sent.
        Assert.Equal(new ProactiveDelivery($"{ticket}/client-response/2026-11-18T17:45:00Z", Utc("2026-11-18T21:46:00Z")), Assert.Single(sender.Deliveries));
    }

    [Fact]
    public async Task RunOnceAsync_BotWasDown_MissedRemindersSentOnceMarkedLate()
    {
        await SeedAsync(1);
        Clock.SetUtcNow(Utc("2026-11-19T02:00:00Z"));
        var sender = new RecordingReminderSender();

        Assert.Equal(2, await Dispatcher(sender).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher(sender).RunOnceAsync(CancellationToken.None));

        Assert.Equal([ReminderKind.ClientResponse, ReminderKind.SameDay], sender.Delivered.Select(n => n.Reminder.Kind));
        Assert.All(sender.Delivered, n => Assert.True(n.Late));
        var sent = await new ReminderOutbox(Db.Database).ListAsync([DeliveryState.Sent], 10, CancellationToken.None);
        Assert.All(sent, e => Assert.True(e.Late));
    }

    [Fact]
    public async Task RunOnceAsync_CrashMidBatchThenRestart_EachReminderSentOnce()
    {
        await SeedAsync(3);
        Clock.SetUtcNow(Utc("2026-11-19T02:00:00Z")); // 6 due: 2 per ticket
        var delivered = new System.Collections.Concurrent.ConcurrentQueue<ReminderNotice>();
        var crashing = new RecordingReminderSender(delivered);
        using var stop = new CancellationTokenSource();
        crashing.Before = _ =>
        {
            // The process stops between two sends (a host stop; a kill leaves the outbox the same way).
            if (delivered.Count == 2)
            {
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }
            return null;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(crashing).RunOnceAsync(stop.Token));
        Assert.Equal(2, delivered.Count);

        // The restarted bot (a new instance) takes over the abandoned claims once they expire.
        var restarted = Dispatcher(new RecordingReminderSender(delivered));
        Assert.Equal(0, await restarted.RunOnceAsync(CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(4, await restarted.RunOnceAsync(CancellationToken.None));

        Assert.Equal(6, delivered.Count);
        Assert.Equal(6, delivered.Select(n => n.Reminder.Key).Distinct().Count());
    }

    [Fact]
    public async Task RunOnceAsync_StoppedBeforeAReminderWasTried_ItsAttemptsUntouchedSoOneFailureIsRetried()
    {
        var numbers = await SeedAsync(2); // 2 client-response reminders due, claimed as one batch
        using var stop = new CancellationTokenSource();
        var stopping = new RecordingReminderSender
        {
            Before = _ =>
            {
                stop.Cancel(); // the host stops during the first send: the second is claimed but never tried
                stop.Token.ThrowIfCancellationRequested();
                return null;
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(stopping, maxAttempts: 2).RunOnceAsync(stop.Token));

        Clock.Advance(TimeSpan.FromSeconds(61)); // the claims lapse; the second fails once (503)
        var failedOnce = false;
        var sender = new RecordingReminderSender
        {
            Before = n => n.Reminder.TicketNumber == numbers[1] && !failedOnce && (failedOnce = true) ? DeliveryResult.Failed("connector 503") : null,
        };
        await Dispatcher(sender, maxAttempts: 2).RunOnceAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(31));
        await Dispatcher(sender, maxAttempts: 2).RunOnceAsync(CancellationToken.None);

        Assert.Equal(numbers, sender.Delivered.Select(n => n.Reminder.TicketNumber).Order());
        Assert.Empty(await new ReminderOutbox(Db.Database).ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_SlowSendsOutlastTheBatchClaim_AnotherInstanceNeverSendsTheSameReminder()
    {
        await SeedAsync(1);
        Clock.SetUtcNow(Utc("2026-11-19T02:00:00Z")); // 2 due, claimed as one batch for 60 s
        var delivered = new System.Collections.Concurrent.ConcurrentQueue<ReminderNotice>();
        var other = Dispatcher(new RecordingReminderSender(delivered));
        var slow = new RecordingReminderSender(delivered);
        slow.Before = _ =>
        {
            // Each send takes 40 s; while the second one runs (80 s after the batch was claimed) another instance polls.
            Clock.Advance(TimeSpan.FromSeconds(40));
            if (delivered.Count == 1)
            {
                other.RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            return null;
        };

        await Dispatcher(slow).RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, delivered.Count);
        Assert.Equal(2, delivered.Select(n => n.Reminder.Key).Distinct().Count());
    }

    [Fact]
    public async Task RunOnceAsync_ChannelFails_RetriedWithBackoffThenListedFailed()
    {
        await SeedAsync(1);
        var sender = new RecordingReminderSender { Before = _ => DeliveryResult.Failed("connector 503") };
        var dispatcher = Dispatcher(sender, maxAttempts: 2);
        var outbox = new ReminderOutbox(Db.Database);

        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None)); // backing off: not claimed again yet
        var retrying = Assert.Single(await outbox.ListAsync([DeliveryState.Pending], 10, CancellationToken.None), e => e.Attempts > 0);
        Assert.Equal("connector 503", retrying.LastError);

        Clock.Advance(TimeSpan.FromSeconds(31));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        var failed = Assert.Single(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        Assert.Equal((ReminderKind.ClientResponse, 2, "connector 503"), (failed.Reminder.Kind, failed.Attempts, failed.LastError));
        Assert.Empty(sender.Delivered);
    }

    /// <summary>The connector (or Slack) out: a 5xx, a 429, a refused connection, a timed-out call.</summary>
    private static DeliveryResult? PeerDown(string fault) => fault switch
    {
        "503" => throw new HttpRequestException("Bot Connector answered 503 to POST.", null, System.Net.HttpStatusCode.ServiceUnavailable),
        "429" => throw new HttpRequestException("Bot Connector answered 429 to POST.", null, System.Net.HttpStatusCode.TooManyRequests),
        "refused" => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)"),
        "timeout" => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()),
        _ => DeliveryResult.Unavailable("slack chat.postMessage: ratelimited"),
    };

    /// <summary>Polls every 30 s for <paramref name="length"/>.</summary>
    private async Task PollForAsync(ReminderDispatcher dispatcher, TimeSpan length)
    {
        for (var end = Clock.GetUtcNow() + length; Clock.GetUtcNow() < end; Clock.Advance(TimeSpan.FromSeconds(30)))
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("503")]
    [InlineData("429")]
    [InlineData("refused")]
    [InlineData("timeout")]
    [InlineData("slack")]
    public async Task RunOnceAsync_PeerDownThirtyMinutesThenBack_KeepsRetryingAndSentOnce(string fault)
    {
        await SeedAsync(1);
        var down = true;
        var sender = new RecordingReminderSender { Before = n => down && n.Reminder.Kind == ReminderKind.ClientResponse ? PeerDown(fault) : null };
        var dispatcher = Dispatcher(sender);
        var outbox = new ReminderOutbox(Db.Database);

        await PollForAsync(dispatcher, TimeSpan.FromMinutes(30));
        var retrying = Assert.Single(await outbox.ListAsync([DeliveryState.Pending], 10, CancellationToken.None), e => e.Reminder.Kind == ReminderKind.ClientResponse);
        Assert.InRange(retrying.Attempts, 6, 12); // each failure counted; backoff capped at 5 min
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));

        down = false;
        await PollForAsync(dispatcher, TimeSpan.FromMinutes(6)); // within one capped backoff

        Assert.Single(sender.Delivered, n => n.Reminder.Kind == ReminderKind.ClientResponse);
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_ConnectorAnswers403_GivenUpAfterMaxAttempts()
    {
        await SeedAsync(1);
        var sender = new RecordingReminderSender
        {
            Before = _ => throw new HttpRequestException("Bot Connector answered 403 to POST.", null, System.Net.HttpStatusCode.Forbidden),
        };

        await PollForAsync(Dispatcher(sender), TimeSpan.FromMinutes(30));

        var failed = Assert.Single(await new ReminderOutbox(Db.Database).ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        Assert.Equal((ReminderKind.ClientResponse, 5, "Bot Connector answered 403 to POST."), (failed.Reminder.Kind, failed.Attempts, failed.LastError));
        Assert.Empty(sender.Delivered);
    }

    [Fact]
    public async Task RunOnceAsync_PeerDownPastGiveUpAge_FailedAndNeverSent()
    {
        await SeedAsync(1);
        var sender = new RecordingReminderSender { Before = n => n.Reminder.Kind == ReminderKind.ClientResponse ? PeerDown("503") : null };
        var dispatcher = Dispatcher(sender, giveUpAfterHours: 1);
        var outbox = new ReminderOutbox(Db.Database);

        await PollForAsync(dispatcher, TimeSpan.FromMinutes(50));
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        await PollForAsync(dispatcher, TimeSpan.FromMinutes(20)); // the reminder is now more than an hour past due

        var failed = Assert.Single(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        Assert.Equal(ReminderKind.ClientResponse, failed.Reminder.Kind);
        Assert.True(failed.Attempts > 5);
        Assert.DoesNotContain(sender.Delivered, n => n.Reminder.Kind == ReminderKind.ClientResponse);
    }

    [Fact]
    public async Task RunOnceAsync_TicketClosedBeforeDue_PendingRemindersCancelled()
    {
        var number = (await SeedAsync(1))[0];
        var sender = new RecordingReminderSender();
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        var ticket = (await Db.Store.GetAsync(number, CancellationToken.None))!;
        await Db.Store.UpdateAsync(ticket with { Stage = TicketStage.ClosedClientTicket, ClosedAt = Clock.GetUtcNow() }, [], CancellationToken.None);

        Clock.SetUtcNow(Utc("2026-11-19T02:00:00Z"));
        Assert.Equal(0, await Dispatcher(sender).RunOnceAsync(CancellationToken.None));

        var outbox = new ReminderOutbox(Db.Database);
        Assert.Empty(await outbox.ListAsync([DeliveryState.Pending], 10, CancellationToken.None));
        Assert.Contains(await outbox.ListAsync([DeliveryState.Cancelled], 10, CancellationToken.None), e => e.Reminder.Kind == ReminderKind.SameDay);
        Assert.Single(sender.Delivered); // only the client response, due before the close
    }

    [Fact]
    public async Task RunOnceAsync_FollowUpMoved_OldReminderCancelledNewOneSent()
    {
        var number = (await SeedAsync(1))[0];
        var ticket = (await Db.Store.GetAsync(number, CancellationToken.None))!;
        ticket = await Db.Store.UpdateAsync(ticket with { Note = ticket.Note with { FollowUpCallAt = Utc("2026-11-18T18:00:00Z") } }, [], CancellationToken.None);
        var sender = new RecordingReminderSender();
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        await Db.Store.UpdateAsync(ticket with { Note = ticket.Note with { FollowUpCallAt = Utc("2026-11-18T19:00:00Z") } }, [], CancellationToken.None);

        Clock.SetUtcNow(Utc("2026-11-18T19:01:00Z"));
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        var call = Assert.Single(sender.Delivered, n => n.Reminder.Kind == ReminderKind.FollowUpCall);
        Assert.Equal(Utc("2026-11-18T19:00:00Z"), call.Reminder.DueUtc);
    }

    [Fact]
    public async Task RunOnceAsync_TicketOlderThanMaxLate_OldRemindersNeverSent()
    {
        await SeedAsync(1);
        Clock.SetUtcNow(Utc("2026-11-22T12:00:00Z")); // 4 days after: client-response and same-day are > 72 h old
        var sender = new RecordingReminderSender();

        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        Assert.DoesNotContain(sender.Delivered, n => n.Reminder.Kind is ReminderKind.ClientResponse or ReminderKind.SameDay);
        Assert.Contains(sender.Delivered, n => n.Reminder.Kind == ReminderKind.FeedbackCheckIn); // Fri 08:00, 52 h ago: late but sent
    }

    [Fact]
    public async Task RunOnceAsync_ConnectorThrows_FailureRecordedWithItsStatus()
    {
        await SeedAsync(1);
        var sender = new RecordingReminderSender { Before = _ => throw new HttpRequestException("Bot Connector answered 403 to POST.") };

        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        var entry = Assert.Single(await new ReminderOutbox(Db.Database).ListAsync([DeliveryState.Pending], 10, CancellationToken.None), e => e.Attempts == 1);
        Assert.Equal("Bot Connector answered 403 to POST.", entry.LastError);
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("bug")]
    public async Task RunOnceAsync_OneSendThrows_AFailedAttemptAndTheRestOfTheBatchStillSent(string fault)
    {
        var numbers = await SeedAsync(3); // 3 client-response reminders due, one batch
        var sender = new RecordingReminderSender
        {
            Before = n => n.Reminder.TicketNumber != numbers[0] ? null : fault == "timeout"
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException())
                : throw new ArgumentException("A rendering bug."),
        };
        var outbox = new ReminderOutbox(Db.Database);

        Assert.Equal(2, await Dispatcher(sender, maxAttempts: 2).RunOnceAsync(CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(31)); // the backoff, then the last attempt
        Assert.Equal(0, await Dispatcher(sender, maxAttempts: 2).RunOnceAsync(CancellationToken.None));

        Assert.Equal(numbers.Skip(1), sender.Delivered.Select(n => n.Reminder.TicketNumber).Order());
        var tried = Assert.Single(await outbox.ListAsync([DeliveryState.Pending, DeliveryState.Failed], 10, CancellationToken.None),
            e => e.Reminder.TicketNumber == numbers[0] && e.Reminder.Kind == ReminderKind.ClientResponse);
        // A timeout says the peer is out: retried on past the attempts (until GiveUpAfterHours); a bug is given up.
        Assert.Equal((fault == "timeout" ? DeliveryState.Pending : DeliveryState.Failed, 2), (tried.State, tried.Attempts));
    }

    [Fact]
    public async Task RunOnceAsync_StorageDownWhileSending_NoAttemptUsedAndSentOnceStorageIsBack()
    {
        await SeedAsync(1);
        var down = true;
        var sender = new RecordingReminderSender { Before = _ => down ? throw new StorageUnavailableException("storage down") : null };
        var dispatcher = Dispatcher(sender, maxAttempts: 1);
        var outbox = new ReminderOutbox(Db.Database);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        Assert.All(await outbox.ListAsync([DeliveryState.Pending], 10, CancellationToken.None), e => Assert.Equal(0, e.Attempts));

        down = false;
        Clock.Advance(TimeSpan.FromSeconds(61)); // the claim taken before the outage lapses
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Single(sender.Delivered, n => n.Reminder.Kind == ReminderKind.ClientResponse);
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
    }

    [Fact]
    public async Task PollJob_StorageDownWhileSending_PassSkippedAndLoggedNotThrown()
    {
        await SeedAsync(1);
        var sender = new RecordingReminderSender { Before = _ => throw new StorageUnavailableException("storage down") };
        using var logs = new CapturingLoggerProvider();
        var job = new ReminderPollJob(Dispatcher(sender), Db.Database, new Logger<ReminderPollJob>(new LoggerFactory([logs])));

        await job.Execute(Mock.Of<Quartz.IJobExecutionContext>(), CancellationToken.None);

        Assert.Contains(logs.Lines, l => l.EventId == 1206);
        Assert.Empty(await new ReminderOutbox(Db.Database).ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
    }
}

public sealed class SqliteReminderDispatcherTests : ReminderDispatcherTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => Task.FromResult(TicketTestDatabase.Sqlite([.. ReminderMigrations.All, .. SurveyMigrations.All]));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderDispatcherTests(PostgresServerFixture server) : ReminderDispatcherTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => TicketTestDatabase.PostgresAsync(server, [.. ReminderMigrations.All, .. SurveyMigrations.All]);

    [Fact]
    public async Task RunOnceAsync_TwoInstancesRaceForTheSameDueReminders_EachSentOnce()
    {
        await SeedAsync(15);
        Clock.SetUtcNow(Utc("2026-11-19T02:00:00Z")); // 30 due
        var delivered = new System.Collections.Concurrent.ConcurrentQueue<ReminderNotice>();
        var first = Dispatcher(new RecordingReminderSender(delivered), Db.Database);
        var second = Dispatcher(new RecordingReminderSender(delivered), Db.Reopen()); // its own connection pool, as another process

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Task.Run(() => first.RunOnceAsync(CancellationToken.None)), Task.Run(() => second.RunOnceAsync(CancellationToken.None)));
        }

        Assert.Equal(30, delivered.Count);
        Assert.Equal(30, delivered.Select(n => n.Reminder.Key).Distinct().Count());
    }
}
