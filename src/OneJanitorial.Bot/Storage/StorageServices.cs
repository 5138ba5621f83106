using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Observability;

namespace OneJanitorial.Bot.Storage;

public static class StorageServices
{
    /// <summary>
    /// Registers <see cref="Database"/> (SQLite file or PostgreSQL), <see cref="IStateStore"/> and the startup
    /// step that migrates the schema. Other stores add their schema with <see cref="AddMigrations"/>.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure(o => o.PostgresConnectionString = configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(CreateDatabase);
        services.AddSingleton<IStateStore, SqlStateStore>();
        services.AddMigrations(StateStoreMigrations.All);
        services.AddHostedService<DatabaseStartup>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    /// <summary>Adds schema changes that the shared <see cref="Database"/> applies before its first use.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, IEnumerable<Migration> migrations)
    {
        foreach (var migration in migrations)
        {
            services.AddSingleton(migration);
        }
        return services;
    }

    private static Database CreateDatabase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var migrations = services.GetServices<Migration>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return Database.ForPostgres(options.PostgresConnectionString!, migrations);
        }
        var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? BotHost.ContentRoot();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger<Database>();
        return Database.ForSqlite(Path.Combine(root, options.SqlitePath), migrations, logger);
    }
}
