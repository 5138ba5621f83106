using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// One reminder sync pass on SQLite over 10,000 tickets (a few years: 9,000 closed long ago, 1,000 open or closed this
/// week). Before: every pass listed every ticket and read each active one's events and outbox rows. After: a process's
/// first pass (the same work, but the tickets and their events in two statements), then passes with 0 and 20 tickets
/// changed since the one before. The outbox writes of a first pass, over the rows already there and into an empty
/// outbox: one transaction per ticket (before) and one per batch of <see cref="ReminderOutbox.MaxTicketsPerSync"/>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ReminderSyncBenchmarks
{
    private const int Tickets = 10_000;
    private const int Active = 1_000;
    private static readonly ReminderSettings Settings = ReminderSettings.From(new RemindersOptions(), new TicketsOptions());
    private DirectoryInfo _folder = null!;
    private Database _database = null!;
    private SqlTicketStore _store = null!;
    private ReminderOutbox _outbox = null!;
    private ReminderSync _incremental = null!;
    private List<long> _active = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("onej-sync-bench-");
        _database = Database.ForSqlite(Path.Combine(_folder.FullName, "bot.db"), [.. TicketMigrations.All, .. ReminderMigrations.All]);
        _store = new SqlTicketStore(_database);
        _outbox = new ReminderOutbox(_database);
        var now = DateTimeOffset.UtcNow;
        var tickets = Enumerable.Range(0, Tickets).Select(i => Sample(i, now)).ToList();
        _store.ImportAsync(tickets, "bench", CancellationToken.None).GetAwaiter().GetResult();
        _active = [.. _store.ListAsync(new TicketQuery(Limit: Active), CancellationToken.None).GetAwaiter().GetResult().Select(t => t.Number)];
        _incremental = NewSync();
        _incremental.SyncAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        _folder.Delete(recursive: true);
    }

    [IterationSetup(Target = nameof(AfterTwentyChanged))]
    public void TouchTwenty()
    {
        foreach (var number in _active.Take(20))
        {
            _store.AppendEventsAsync(number, [new(0, number, DateTimeOffset.UtcNow, "bench", TicketChange.RecapSent, "recap", null, "x", null)], CancellationToken.None)
                .GetAwaiter().GetResult();
        }
    }

    [IterationSetup(Targets = new[] { nameof(FirstPassPerTicketIntoEmptyOutbox), nameof(FirstPassIntoEmptyOutbox) })]
    public void EmptyOutbox()
    {
        using var connection = _database.OpenConnectionAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var command = connection.CreateCommand("DELETE FROM reminder_deliveries");
        command.ExecuteNonQuery();
    }

    [Benchmark(Baseline = true, Description = "before: every pass (list all, events per ticket)")]
    public async Task Before()
    {
        var now = DateTimeOffset.UtcNow;
        var notBefore = now.AddHours(-72);
        var all = await _store.ListAsync(new TicketQuery(IncludeClosed: true, Limit: int.MaxValue), CancellationToken.None);
        foreach (var ticket in all.Where(t => !t.IsClosed || t.ClosedAt > now - ReminderSync.ClosedKeepsReminders))
        {
            var events = await _store.EventsAsync(ticket.Number, CancellationToken.None);
            await _outbox.SyncAsync(ticket.Number, ReminderRules.Derive(ticket, events, Settings, now), notBefore, CancellationToken.None);
        }
    }

    [Benchmark(Description = "after: first pass of a process")]
    public Task<int> AfterFirstPass() => NewSync().SyncAsync(CancellationToken.None);

    [Benchmark(Description = "first pass, a transaction per ticket (before batching)")]
    public Task<int> FirstPassPerTicket() => FirstPassOneTransactionPerTicketAsync();

    [Benchmark(Description = "first pass into an empty outbox, a transaction per ticket (before batching)")]
    public Task<int> FirstPassPerTicketIntoEmptyOutbox() => FirstPassOneTransactionPerTicketAsync();

    [Benchmark(Description = "first pass into an empty outbox, batched")]
    public Task<int> FirstPassIntoEmptyOutbox() => NewSync().SyncAsync(CancellationToken.None);

    [Benchmark(Description = "after: next pass, nothing changed")]
    public Task<int> AfterNothingChanged() => _incremental.SyncAsync(CancellationToken.None);

    [Benchmark(Description = "after: next pass, 20 tickets changed")]
    public Task<int> AfterTwentyChanged() => _incremental.SyncAsync(CancellationToken.None);

    /// <summary>What <see cref="ReminderSync"/>'s first pass wrote before its writes were batched.</summary>
    private async Task<int> FirstPassOneTransactionPerTicketAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var read = await _store.ChangedAsync(new TicketChangeQuery(TicketChangeQuery.Every, [], now - ReminderSync.ClosedKeepsReminders), CancellationToken.None);
        foreach (var ticket in read.Tickets)
        {
            await _outbox.SyncAsync(ticket.Number, ReminderRules.Derive(ticket, [.. read.Events[ticket.Number]], Settings, now), now.AddHours(-72), CancellationToken.None);
        }
        return read.Tickets.Count;
    }

    private ReminderSync NewSync() =>
        new(_store, _outbox, Settings, TimeProvider.System, Options.Create(new RemindersOptions()), NullLogger.Instance);

    /// <summary>The last <see cref="Active"/> tickets open (half) or closed this week (half); the rest closed a year or more ago.</summary>
    private static Ticket Sample(int i, DateTimeOffset now)
    {
        var created = i < Tickets - Active ? now.AddDays(-1200 + i / 10) : now.AddDays(-3);
        var open = i >= Tickets - Active / 2;
        return new Ticket
        {
            CrmId = $"CRM-{i}",
            Type = TicketType.NewConcern,
            Title = $"New Concern — Client {i % 300} — Cleaning Issue",
            Client = $"Client {i % 300}",
            Building = $"Building {i % 900}",
            City = "Edmonton",
            Concern = "Cleaning Issue",
            Cleaner = $"Cleaner {i % 400}",
            Priority = TicketPriority.Medium,
            Stage = open ? TicketStage.NewSubmission : TicketStage.ClosedClientTicket,
            CreateDate = DateOnly.FromDateTime(created.UtcDateTime),
            EstCloseDate = DateOnly.FromDateTime(created.UtcDateTime.AddDays(7)),
            Owner = "Taylor",
            Note = new MasterNote { NextClean = DateOnly.FromDateTime(created.UtcDateTime.AddDays(1)) },
            CreatedAt = created,
            UpdatedAt = created,
            ClosedAt = open ? null : created.AddDays(2),
        };
    }
}
