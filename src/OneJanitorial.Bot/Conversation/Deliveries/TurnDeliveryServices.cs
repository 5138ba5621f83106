using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation.Deliveries;

public static class TurnDeliveryServices
{
    /// <summary>
    /// Turn delivery records (<see cref="TurnDeliveries"/>) and their sweeper. On SQLite (one instance) they are written
    /// behind the turn (<see cref="TurnDeliveryWriter"/>); on PostgreSQL, which several instances share, with each message.
    /// </summary>
    public static IServiceCollection AddTurnDeliveries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TurnDeliveries>().AddHostedService<TurnDeliverySweeper>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName)))
        {
            services.AddSingleton<TurnDeliveryWriter>();
            services.AddHostedService(sp => sp.GetRequiredService<TurnDeliveryWriter>());
        }
        return services;
    }
}
