using Microsoft.Extensions.DependencyInjection.Extensions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

public static class TeamsChannelServices
{
    /// <summary>
    /// The Teams channel: <c>/api/messages</c> (auth when <c>Bot:MicrosoftAppId</c> is set), the turn runner,
    /// the Bot Connector client, the outbox of replies it could not take and its sender, conversation references and
    /// proactive messages. Needs an <c>IStateStore</c> and the
    /// conversation gate (<see cref="ConversationGateServices.AddConversationGate"/>).
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddBotAuthentication();

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TeamsMetrics>();
        services.AddOptions<ConnectorLimitsOptions>()
            .BindConfiguration(ConnectorLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConnectorRateLimiter>();
        // The default HttpClient log handlers write only at Information and below (set to Warning), yet run on every
        // call; retries log themselves (event 2030) and the calls are traced by OpenTelemetry.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .RemoveAllLoggers()
            .AddConnectorResilience()
            .AddHttpMessageHandler(sp => new BotTokenHandler(sp.GetService<IBotTokenProvider>()));
        if (!string.IsNullOrWhiteSpace(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.MicrosoftAppId)}"]))
        {
            services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        }

        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<TeamsInstallations>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<Reminders.IReminderSender, TeamsReminderSender>();
        services.AddSingleton<ActivityDeduplicator>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName)))
        {
            services.AddSingleton<IProcessedActivities>(sp => sp.GetRequiredService<ActivityDeduplicator>());
        }
        else
        {
            // Several instances may share one PostgreSQL: redeliveries must hold across all of them.
            services.AddMigrations([PostgresProcessedActivities.CreateTable]);
            services.AddSingleton<IProcessedActivities, PostgresProcessedActivities>();
        }
        // On SQLite this process alone uses the store; on PostgreSQL other instances keep and send replies too.
        var shared = !string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName));
        services.AddSingleton(sp => new TeamsOutbox(sp.GetRequiredService<IStateStore>(), sp.GetRequiredService<TeamsMetrics>(), sp.GetRequiredService<TimeProvider>(), shared));
        services.AddHostedService<TeamsOutboxSender>();
        services.AddSingleton<TeamsTurnRunner>();
        return services;
    }
}
