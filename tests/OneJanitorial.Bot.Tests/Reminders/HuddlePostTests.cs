using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>
/// The scheduled huddle posts go through the reminder outbox: once per team channel, local day and kind, whatever the
/// restarts and instances; each channel's digest holds the tickets of the cities it serves.
/// </summary>
public abstract class HuddlePostTests : IAsyncLifetime
{
    private const string East = "19:east@thread.tacv2";
    private const string All = "19:all@thread.tacv2";
    private readonly FakeTimeProvider _clock = new(Utc("2026-11-19T13:00:00Z")); // Thu 08:00 Toronto
    private readonly RemindersOptions _options = new()
    {
        Channels = new(StringComparer.OrdinalIgnoreCase) { ["Toronto"] = East },
        DefaultChannel = All,
        ClaimTimeoutSeconds = 60,
    };
    private TicketTestDatabase _db = null!;

    protected abstract Task<TicketTestDatabase> OpenAsync();

    public async Task InitializeAsync()
    {
        _db = await OpenAsync();
        await _db.Store.InsertAsync(Open() with { Number = 0 }, [], CancellationToken.None); // Edmonton: the default channel's
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ReminderDispatcher Dispatcher(IReminderSender sender, Database? database = null) =>
        DispatcherOn(database ?? _db.Database, sender, _clock, _options);

    private static IReadOnlyList<(string Channel, string Summary)> Huddles(RecordingReminderSender sender) =>
        [.. sender.Posted.Select(p => (p.Channel, p.View.Summary)).OrderBy(p => p.Channel, StringComparer.Ordinal)];

    [Fact]
    public async Task RunOnceAsync_MorningTime_EachChannelGetsItsDigestOnceAcrossRestarts()
    {
        var sender = new RecordingReminderSender();

        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None); // a restarted bot, the same morning

        Assert.Equal(
        [
            (All, "Morning huddle — Thu, Nov 19: 1 open, 0 overdue, 3 to coach on"), // ticket 42 (Edmonton): the default channel
            (East, "Morning huddle — Thu, Nov 19: 0 open, 0 overdue, 0 to coach on"),
        ], Huddles(sender));
    }

    [Fact]
    public async Task RunOnceAsync_EndOfDay_PostedOnceMore()
    {
        var sender = new RecordingReminderSender();
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        _clock.SetUtcNow(Utc("2026-11-19T21:30:00Z")); // 16:30

        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, sender.Posted.Count(p => p.View.Summary.StartsWith("End-of-day huddle — Thu, Nov 19", StringComparison.Ordinal)));
        Assert.Equal(4, sender.Posted.Count);
    }

    [Fact]
    public async Task RunOnceAsync_StoppedWhilePostingTheEndOfDay_NotMadeUpForTheNextDay()
    {
        _clock.SetUtcNow(Utc("2026-11-19T21:30:00Z")); // Thu 16:30
        using var stop = new CancellationTokenSource();
        var stopping = new RecordingReminderSender
        {
            Post = (_, _) =>
            {
                stop.Cancel(); // the host stops while the first post goes out: both stay claimed
                stop.Token.ThrowIfCancellationRequested();
                return null;
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(stopping).RunOnceAsync(stop.Token));

        _clock.SetUtcNow(Utc("2026-11-20T13:00:00Z")); // the bot is back on Fri 08:00
        var sender = new RecordingReminderSender();
        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        Assert.Equal([All, East], Huddles(sender).Select(p => p.Channel));
        Assert.All(Huddles(sender), p => Assert.StartsWith("Morning huddle — Fri, Nov 20:", p.Summary, StringComparison.Ordinal));
        var dropped = await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Cancelled], 10, CancellationToken.None);
        Assert.Equal(2, dropped.Count(e => e.Reminder.Kind == ReminderKind.EndOfDayHuddle));
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesAtOnce_EachPostOnce()
    {
        var posted = new System.Collections.Concurrent.ConcurrentQueue<(string Channel, Bot.Views.View View)>();
        var second = _db.Reopen();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            Dispatcher(new RecordingReminderSender(posted: posted), i % 2 == 0 ? _db.Database : second).RunOnceAsync(CancellationToken.None))));

        Assert.Equal([All, East], posted.Select(p => p.Channel).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_ChannelCannotPost_FailedAndRetriedNotSilent()
    {
        var sender = new RecordingReminderSender { Post = (_, _) => DeliveryResult.Failed("the bot is not installed in the team channel") };

        await Dispatcher(sender).RunOnceAsync(CancellationToken.None);

        var failed = await new ReminderOutbox(_db.Database).ListAsync([DeliveryState.Pending], 10, CancellationToken.None);
        Assert.Equal(2, failed.Count(e => e.Reminder.Channel is not null && e.Attempts == 1 && e.LastError == "the bot is not installed in the team channel"));
    }

    [Fact]
    public async Task RunOnceAsync_ConnectorDownAllMorning_RetriedWhileItsDayLastsThenPostedOnce()
    {
        var down = true;
        var sender = new RecordingReminderSender { Post = (_, _) => down ? DeliveryResult.Unavailable("Bot Connector answered 503 to POST.") : null };
        var dispatcher = Dispatcher(sender);

        for (var pass = 0; pass < 60; pass++, _clock.Advance(TimeSpan.FromMinutes(5))) // 08:00 to 13:00, past Reminders:GiveUpAfterHours
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
        }
        var outbox = new ReminderOutbox(_db.Database);
        Assert.Empty(await outbox.ListAsync([DeliveryState.Failed], 10, CancellationToken.None));
        down = false;
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal([All, East], Huddles(sender).Select(p => p.Channel));
        Assert.All(Huddles(sender), p => Assert.StartsWith("Morning huddle — Thu, Nov 19:", p.Summary, StringComparison.Ordinal));
    }
}

public sealed class SqliteHuddlePostTests : HuddlePostTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => Task.FromResult(TicketTestDatabase.Sqlite([.. ReminderMigrations.All, .. SurveyMigrations.All]));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresHuddlePostTests(PostgresServerFixture server) : HuddlePostTests
{
    protected override Task<TicketTestDatabase> OpenAsync() => TicketTestDatabase.PostgresAsync(server, [.. ReminderMigrations.All, .. SurveyMigrations.All]);
}
