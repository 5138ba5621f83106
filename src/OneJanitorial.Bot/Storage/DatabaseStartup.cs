namespace OneJanitorial.Bot.Storage;

/// <summary>
/// Opens, migrates and test-writes the database when the host starts, so a bad connection or a read-only
/// file fails the start (naming where it looked), not every turn afterwards.
/// </summary>
internal sealed partial class DatabaseStartup(Database database, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await database.MigrateAsync(cancellationToken);
        foreach (var id in applied)
        {
            LogApplied(logger, id);
        }
        await StorageProbe.CheckWritableAsync(database, clock.GetUtcNow(), cancellationToken);
        LogReady(logger, database.Description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Applied schema migration {MigrationId}")]
    private static partial void LogApplied(ILogger logger, string migrationId);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Storage ready: {Database}")]
    private static partial void LogReady(ILogger logger, string database);
}
