using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// The real bot host over HTTP, with an in-memory state store and optional settings and service overrides.
/// Without a <c>Bot:MicrosoftAppId</c> setting it runs in anonymous local mode. With <paramref name="inMemoryStore"/>
/// false the state store is the configured database (e.g. <c>ConnectionStrings:Postgres</c> in the settings).
/// </summary>
public sealed class TestBotFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null,
    bool inMemoryStore = true) : WebApplicationFactory<Program>
{
    public InMemoryStateStore Store { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Bot:MicrosoftAppId", "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        // Host settings come before the host's ONEJ_ environment variables (tests set ONEJ_Storage__SqlitePath,
        // see TestStorageDefaults): the test's own settings are added again last, so they win.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        builder.ConfigureTestServices(services =>
        {
            if (inMemoryStore)
            {
                services.AddSingleton<IStateStore>(Store);
            }
            configureServices?.Invoke(services);
        });
    }
}
