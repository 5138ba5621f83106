using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels;

public static class CardServices
{
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ViewSample("welcome", () => WelcomeCard.Build(sp.GetServices<OfferedAction>())));
        return services;
    }
}
