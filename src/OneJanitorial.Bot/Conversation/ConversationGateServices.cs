using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Conversation;

public static class ConversationGateServices
{
    /// <summary>
    /// The one <see cref="IConversationGate"/> of the process, shared by every channel (Teams and Slack gate on keys that
    /// cannot collide): in process memory on SQLite (one instance); on PostgreSQL, which several instances share, across
    /// all of them (<see cref="PostgresConversationGate"/>).
    /// </summary>
    public static IServiceCollection AddConversationGate(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConversationGate>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName)))
        {
            services.AddSingleton<IConversationGate>(sp => sp.GetRequiredService<ConversationGate>());
        }
        else
        {
            services.AddSingleton<IConversationGate, PostgresConversationGate>();
        }
        return services;
    }
}
