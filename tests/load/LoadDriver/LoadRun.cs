using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Load;

/// <summary>
/// Closed-loop load: <see cref="LoadSettings.Connections"/> workers, each posting its next message as soon as the
/// previous one was answered, spread over <see cref="LoadSettings.Conversations"/> personal chats. Bounded by time.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(LoadSettings settings)
    {
        await using var connector = await FakeConnector.StartAsync(settings.ConnectorPort);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(90),
        };
        var clock = Stopwatch.StartNew();
        var measureFrom = settings.Warmup;
        var measureTo = settings.Warmup + settings.Duration;
        long repliesAtStart = 0, cardsAtStart = 0, repliesAtEnd = 0, cardsAtEnd = 0;
        CpuSample atStart = default, atEnd = default;
        var starting = Task.Delay(measureFrom).ContinueWith(
            _ => (repliesAtStart, cardsAtStart, atStart) = (connector.Replies, connector.Cards, CpuSample.Take(settings.Pid)), TaskScheduler.Default);
        var ending = Task.Delay(measureTo).ContinueWith(
            _ => (repliesAtEnd, cardsAtEnd, atEnd) = (connector.Replies, connector.Cards, CpuSample.Take(settings.Pid)), TaskScheduler.Default);
        var workers = Enumerable.Range(0, settings.Connections)
            .Select(w => WorkAsync(w, settings, connector.ServiceUrl, http, clock, measureFrom, measureTo))
            .ToList();
        await starting;
        await ending;
        var results = await Task.WhenAll(workers);
        var window = settings.Duration.TotalSeconds;
        var measured = results.SelectMany(r => r.LatenciesMs).Order().ToArray();
        var replies = Math.Max(1, repliesAtEnd - repliesAtStart);
        var row = new LoadRow(
            settings.Label,
            (repliesAtEnd - repliesAtStart) / window,
            (cardsAtEnd - cardsAtStart) / window,
            Percentile(measured, 0.50),
            Percentile(measured, 0.99),
            results.Sum(r => r.Failures),
            (atEnd.Target - atStart.Target).TotalMilliseconds / replies,
            (atEnd.Driver - atStart.Driver).TotalMilliseconds / replies,
            100 * (atEnd.MachineIdle - atStart.MachineIdle).TotalSeconds / (window * Environment.ProcessorCount),
            ProcessMemory.RssMegabytes(settings.Pid));
        LoadReport.Print(row);
        return 0;
    }

    private static async Task<WorkerResult> WorkAsync(int worker, LoadSettings settings, string serviceUrl, HttpClient http, Stopwatch clock, TimeSpan from, TimeSpan to)
    {
        var latencies = new List<double>();
        var failures = 0;
        // Activity ids unique per run: the bot drops a redelivered id, and rows run one after the other on one bot.
        var run = Guid.NewGuid().ToString("N")[..8];
        var perWorker = Math.Max(1, settings.Conversations / settings.Connections);
        for (var n = 0; clock.Elapsed < to; n++)
        {
            var conversation = worker + settings.Connections * (n % perWorker);
            var body = Activity(serviceUrl, $"load-{conversation}", $"{run}-{worker}-{n}", settings.TextOf(worker, n));
            var started = clock.Elapsed;
            var ok = false;
            try
            {
                using var response = await http.PostAsync(settings.Target, new StringContent(body, Encoding.UTF8, "application/json"));
                ok = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
            }
            var ended = clock.Elapsed;
            if (started >= from && ended <= to)
            {
                latencies.Add((ended - started).TotalMilliseconds);
                failures += ok ? 0 : 1;
            }
        }
        return new WorkerResult(latencies, failures);
    }

    private static string Activity(string serviceUrl, string conversationId, string id, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["name"] = "Load User" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-id" },
        ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "One Janitorial" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
    }.ToJsonString();

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private readonly record struct CpuSample(TimeSpan Target, TimeSpan Driver, TimeSpan MachineIdle)
    {
        public static CpuSample Take(int pid) =>
            new(ProcessMemory.CpuTime(pid), ProcessMemory.CpuTime(Environment.ProcessId), ProcessMemory.MachineIdleTime());
    }

    private sealed record WorkerResult(List<double> LatenciesMs, int Failures);
}
