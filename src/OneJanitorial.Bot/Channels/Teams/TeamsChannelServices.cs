namespace OneJanitorial.Bot.Channels.Teams;

public static class TeamsChannelServices
{
    /// <summary>
    /// The Teams channel: <c>/api/messages</c> (auth when <c>Bot:MicrosoftAppId</c> is set), the turn runner,
    /// the Bot Connector client, conversation references and proactive messages. Needs an <c>IStateStore</c>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddBotAuthentication();

        services.AddSingleton<ConversationRateLimiter>();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddHttpMessageHandler(sp => ActivatorUtilities.CreateInstance<ConnectorRetryHandler>(sp))
            .AddHttpMessageHandler(sp => new ConnectorRateLimitHandler(sp.GetRequiredService<ConversationRateLimiter>()))
            .AddHttpMessageHandler(sp => new BotTokenHandler(sp.GetService<IBotTokenProvider>()));
        if (!string.IsNullOrWhiteSpace(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.MicrosoftAppId)}"]))
        {
            services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        }

        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<TeamsInstallations>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<TeamsTurnRunner>();
        return services;
    }
}
