using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Ticket rules, store and operations. The store lives in the app's shared <see cref="Database"/> (registered by
    /// <c>AddStorage</c>: SQLite, or PostgreSQL when <c>ConnectionStrings:Postgres</c> is set); its schema is
    /// <see cref="TicketMigrations"/>, applied by the migration runner.
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TicketsOptions>().BindConfiguration(TicketsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMigrations(TicketMigrations.All);
        services.AddSingleton<ITicketStore, SqlTicketStore>();
        services.AddSingleton<TicketService>();
        return services;
    }
}
