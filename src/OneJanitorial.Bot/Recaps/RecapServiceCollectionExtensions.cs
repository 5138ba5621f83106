namespace OneJanitorial.Bot.Recaps;

public static class RecapServiceCollectionExtensions
{
    public static IServiceCollection AddRecaps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RecapWriter>();
        return services;
    }
}
