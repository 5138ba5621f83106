namespace OneJanitorial.Bot.Storage;

/// <summary>Opens and migrates the database when the host starts, so a bad connection fails the start, not a turn.</summary>
internal sealed partial class DatabaseStartup(Database database, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await database.MigrateAsync(cancellationToken);
        foreach (var id in applied)
        {
            LogApplied(logger, id);
        }
        LogReady(logger, database.Description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {MigrationId}")]
    private static partial void LogApplied(ILogger logger, string migrationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready: {Database}")]
    private static partial void LogReady(ILogger logger, string database);
}
