using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneJanitorial.Bot.Storage;

/// <summary>Readiness: the database is reachable and takes a write (<see cref="StorageProbe"/>).</summary>
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
            return HealthCheckResult.Unhealthy(e.Message.ReplaceLineEndings(" "));
        }
    }
}
