using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

public static class ReminderChatServices
{
    /// <summary>The reminder card, its buttons in chat, "my reminders" and their view samples. Needs the ticket store and the reminder settings.</summary>
    public static IServiceCollection AddReminderChat(this IServiceCollection services)
    {
        services.AddSingleton<ReminderCards>();
        services.AddSingleton<ReminderActions>();
        services.AddSingleton<ChatFeature, ReminderChatFeature>();
        services.AddSingleton<ChatFeature, MyRemindersChatFeature>();
        foreach (var (name, build) in ReminderCardSamples.All)
        {
            services.AddSingleton(sp => new ViewSample(name, () => build(sp.GetRequiredService<ReminderCards>())));
        }
        return services;
    }
}
