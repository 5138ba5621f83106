using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Storage;

public sealed class StorageServicesTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("onej-root-");

    public void Dispose() => _contentRoot.Delete(recursive: true);

    private IHost BuildHost(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot.FullName,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddStorage(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task AddStorage_NoPostgres_StartsOnSqliteFileUnderContentRoot()
    {
        using var host = BuildHost(("Storage:SqlitePath", "data/test.db"));

        await host.StartAsync(CancellationToken.None);
        var etag = await host.Services.GetRequiredService<IStateStore>().WriteAsync("k", "{}", null, CancellationToken.None);

        var database = host.Services.GetRequiredService<Database>();
        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.True(File.Exists(Path.Combine(_contentRoot.FullName, "data", "test.db")));
        Assert.Equal(etag, (await host.Services.GetRequiredService<IStateStore>().ReadAsync("k", CancellationToken.None))?.ETag);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void AddStorage_PostgresConnectionString_UsesPostgresAndHidesPassword()
    {
        using var host = BuildHost(("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=5999;Database=onej;Username=bot;Password=hunter2"));

        var database = host.Services.GetRequiredService<Database>();

        Assert.Equal(DatabaseProvider.Postgres, database.Provider);
        Assert.Equal("PostgreSQL 127.0.0.1:5999/onej", database.Description);
    }

    [Fact]
    public async Task StartAsync_MalformedPostgresConnectionString_FailsNamingTheKey()
    {
        using var host = BuildHost(("ConnectionStrings:Postgres", "Hots=127.0.0.1;Password=hunter2"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("ConnectionStrings:Postgres is not a valid PostgreSQL connection string", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task StartAsync_PostgresWithoutHost_FailsNamingTheKey()
    {
        using var host = BuildHost(("ConnectionStrings:Postgres", "Database=onej;Username=bot"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("ConnectionStrings:Postgres has no Host", error.Message);
    }

    [Fact]
    public async Task StartAsync_EmptySqlitePath_FailsNamingTheSetting()
    {
        using var host = BuildHost(("Storage:SqlitePath", ""));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains(nameof(StorageOptions.SqlitePath), error.Message);
    }

    [Fact]
    public async Task StartAsync_UnreachablePostgres_FailsWithWhereItLooked()
    {
        var port = ClosedLoopbackPort();
        using var host = BuildHost(("ConnectionStrings:Postgres", $"Host=127.0.0.1;Port={port};Database=onej;Username=bot;Password=hunter2;Timeout=5"));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync(CancellationToken.None));

        Assert.StartsWith($"Storage: cannot open or migrate PostgreSQL 127.0.0.1:{port}/onej", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task StartAsync_ReadOnlySqliteFile_FailsNamingThePath()
    {
        var path = Path.Combine(_contentRoot.FullName, "data", "test.db");
        using (var first = BuildHost(("Storage:SqlitePath", "data/test.db")))
        {
            await first.StartAsync(CancellationToken.None);
            await first.StopAsync(CancellationToken.None);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var host = BuildHost(("Storage:SqlitePath", "data/test.db"));

        await using (await ReadOnlyFile.MakeAsync(path))
        {
            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync(CancellationToken.None));

            Assert.Equal($"Storage: SQLite {path} is not writable: SQLite Error 8: 'attempt to write a readonly database'.", error.Message);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
