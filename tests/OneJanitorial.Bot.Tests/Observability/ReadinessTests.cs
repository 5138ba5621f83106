using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneJanitorial.Bot.Observability;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Observability;

/// <summary>/healthz says the process is up; /readyz runs the "ready" checks and names what is not ready.</summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly SqliteTestFolder _folder = new();

    private Dictionary<string, string?> Settings() => new() { ["Storage:SqlitePath"] = _folder.PathOf() };

    [Fact]
    public async Task Readyz_DatabaseWritableAndIndexBuilt_200WithNothingNotReady()
    {
        using var bot = new TestBotFactory(Settings(), inMemoryStore: false);
        using var client = bot.CreateClient();

        var (status, body) = await ReadyzOnceIndexBuiltAsync(client);

        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Empty(NotReady(body));
        Assert.True(File.Exists(_folder.PathOf()));
    }

    [Fact]
    public async Task Readyz_ReadyCheckFails_503NamingItWhileHealthzStaysUp()
    {
        using var bot = new TestBotFactory(Settings(), services => services.AddHealthChecks()
            .AddCheck("index", () => HealthCheckResult.Unhealthy("not built"), tags: [HealthEndpoints.ReadyTag])
            .AddCheck("untagged", () => HealthCheckResult.Unhealthy("ignored by /readyz")), inMemoryStore: false);
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var notReady = Assert.Single(NotReady(await response.Content.ReadAsStringAsync()), e => e.GetProperty("name").GetString() != "knowledge");
        Assert.Equal("index", notReady.GetProperty("name").GetString());
        Assert.Equal("not built", notReady.GetProperty("reason").GetString());
        using var live = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <remarks>
    /// A fresh <see cref="Database"/> on a file made read-only while no connection had it open: a running host keeps
    /// writing through the file descriptors it opened before (SQLite reuses them), so the host is not the place to test this.
    /// </remarks>
    [Fact]
    public async Task CheckHealthAsync_ReadOnlySqliteFile_UnhealthyNotWritable()
    {
        var path = _folder.PathOf();
        await using (var first = Database.ForSqlite(path, StateStoreMigrations.All))
        {
            await first.MigrateAsync(CancellationToken.None);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using (await ReadOnlyFile.MakeAsync(path))
        {
            await using var database = Database.ForSqlite(path, StateStoreMigrations.All);
            var result = await new DatabaseHealthCheck(database, TimeProvider.System).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.StartsWith($"Storage: SQLite {path} is not writable", result.Description);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task CheckHealthAsync_DatabaseUnreachable_UnhealthyNamingIt()
    {
        await using var database = Database.ForPostgres($"Host=127.0.0.1;Port={ClosedLoopbackPort()};Database=none;Username=none;Timeout=2", []);
        var check = new DatabaseHealthCheck(database, TimeProvider.System);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("Storage: cannot open or migrate PostgreSQL", result.Description);
    }

    /// <summary>The knowledge index builds in the background after start: /readyz names it until then (bounded wait).</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ReadyzOnceIndexBuiltAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync("/readyz");
            var body = await response.Content.ReadAsStringAsync();
            if (!body.Contains("\"knowledge\"", StringComparison.Ordinal) || attempt == 300)
            {
                return (response.StatusCode, body);
            }
            await Task.Delay(200);
        }
    }

    private static List<JsonElement> NotReady(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("notReady").EnumerateArray()];

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _folder.Dispose();
}
