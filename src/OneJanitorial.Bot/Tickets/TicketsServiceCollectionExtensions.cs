using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OneJanitorial.Bot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Ticket rules, store and operations. PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, otherwise SQLite
    /// at <c>Tickets:SqlitePath</c> (default <c>data/tickets.db</c> under the content root).
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TicketsOptions>().BindConfiguration(TicketsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => CreateDatabase(
            configuration.GetConnectionString("Postgres"),
            sp.GetRequiredService<IOptions<TicketsOptions>>().Value,
            sp.GetService<IHostEnvironment>()?.ContentRootPath ?? BotHost.ContentRoot()));
        services.AddSingleton<ITicketStore, SqlTicketStore>();
        services.AddSingleton<TicketService>();
        return services;
    }

    private static TicketDatabase CreateDatabase(string? postgres, TicketsOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new TicketDatabase(ct => OpenAsync(new NpgsqlConnection(postgres), ct), TicketSqlDialect.Postgres);
        }
        var path = Path.GetFullPath(options.SqlitePath, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        return new TicketDatabase(ct => OpenAsync(new SqliteConnection(connectionString), ct), TicketSqlDialect.Sqlite);
    }

    private static async Task<DbConnection> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
