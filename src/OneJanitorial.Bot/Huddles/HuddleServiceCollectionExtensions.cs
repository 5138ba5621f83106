using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Huddles;

public static class HuddleServiceCollectionExtensions
{
    /// <summary>The huddle digest (needs the tickets and the reminder settings), its scheduled posts' content, and "huddle" in chat.</summary>
    public static IServiceCollection AddHuddles(this IServiceCollection services)
    {
        services.AddSingleton<HuddleService>();
        services.AddSingleton<HuddleChannels>();
        services.AddSingleton<HuddlePosts>();
        services.AddSingleton<ChatFeature, HuddleChatFeature>();
        foreach (var sample in HuddleSamples.All())
        {
            services.AddSingleton(sample);
        }
        return services;
    }
}
