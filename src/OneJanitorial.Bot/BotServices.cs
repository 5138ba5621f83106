using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop;

namespace OneJanitorial.Bot;

/// <summary>Registers every feature of the bot. The web host and the CLI share it.</summary>
public static class BotServices
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationBot>();
        services.AddHttpClient<ConnectorClient>();
        services.AddSop(configuration);
        return services;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapBotMessages();
        return app;
    }
}
