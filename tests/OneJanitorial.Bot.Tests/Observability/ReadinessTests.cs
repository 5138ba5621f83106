using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Observability;

/// <summary>/healthz says the process is up; /readyz runs the "ready" checks and names what is not ready.</summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onej-readyz-").FullName;

    [Fact]
    public async Task Readyz_DatabaseBecomesReadOnly_503NamingTheDatabase()
    {
        var path = Path.Combine(_dir, "bot.db");
        using var bot = new TestBotFactory(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }, inMemoryStore: false);
        using var client = bot.CreateClient();
        using (var ready = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Empty(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("notReady").EnumerateArray());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using (await ReadOnlyFile.MakeAsync(path))
        {
            using var response = await client.GetAsync("/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var notReady = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("notReady").EnumerateArray());
            Assert.Equal(DatabaseHealthCheck.Name, notReady.GetProperty("name").GetString());
            Assert.Contains("not writable", notReady.GetProperty("reason").GetString());
            using var live = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
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

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
