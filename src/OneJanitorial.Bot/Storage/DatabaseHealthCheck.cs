using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneJanitorial.Bot.Storage;

/// <summary>Readiness: the database is reachable and takes a write (<see cref="StorageProbe"/>); when it does not, its pooled connections are dropped.</summary>
public sealed class DatabaseHealthCheck(Database database, TimeProvider clock) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            await StorageProbe.CheckWritableAsync(database, clock.GetUtcNow(), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (StorageFaults.IsOutage(e))
        {
            // As after a turn's outage: a connection the probe opened now stays read-only (SQLite opened the file or its
            // write-ahead log so) and, pooled, would fail the first writes once the database takes them again.
            database.ResetConnections();
            return HealthCheckResult.Unhealthy(e.Message.ReplaceLineEndings(" "));
        }
    }
}
