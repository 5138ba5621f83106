using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>The Teams channel as the host registers it (the real connector pipeline), on a test clock and in-memory state.</summary>
public static class ConnectorTestServices
{
    /// <param name="logs">Also receives the logs (Warning and above), when given.</param>
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider clock, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b =>
            {
                b.SetMinimumLevel(LogLevel.Warning);
                if (logs is not null)
                {
                    b.AddProvider(logs);
                }
            })
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(clock)
            .AddSingleton<IStateStore>(new InMemoryStateStore());
        services.AddTeamsChannel(configuration);
        return services.BuildServiceProvider();
    }
}
