using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Observability;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Sop;
using OneJanitorial.Bot.Sop.Buckets;

namespace OneJanitorial.Bot;

/// <summary>Registers every feature of the bot. The web host and the CLI share it.</summary>
public static class BotServices
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddObservability(configuration);
        services.AddSingleton<ConversationBot>();
        services.AddTurnDeliveries(configuration);
        services.AddStorage(configuration);
        services.AddCards();
        services.AddDialogs();
        services.AddTickets(configuration);
        services.AddTicketChat();
        services.AddLlm(configuration);
        services.AddRecaps(configuration);
        services.AddConversationGate(configuration);
        services.AddTeamsChannel(configuration);
        services.AddSlackChannel();
        services.AddSop(configuration);
        services.AddSopBuckets();
        services.AddRecapChat();
        services.AddClientEmailChat();
        services.AddReminders(configuration);
        services.AddHuddles();
        services.AddSurveys();
        return services;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapBotMessages();
        app.MapSlack();
        return app;
    }
}
