using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Huddles;

public static class HuddleServiceCollectionExtensions
{
    /// <summary>The huddle digest (needs the tickets and the reminder settings) and "huddle" in chat.</summary>
    public static IServiceCollection AddHuddles(this IServiceCollection services)
    {
        services.AddSingleton<HuddleService>();
        services.AddSingleton<ChatFeature, HuddleChatFeature>();
        return services;
    }
}
