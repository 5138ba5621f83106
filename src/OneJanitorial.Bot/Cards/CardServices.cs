namespace OneJanitorial.Bot.Cards;

public static class CardServices
{
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddSingleton(new CardSample("welcome", WelcomeCard.Build));
        return services;
    }
}
