using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>Readiness ("ready" tag): unhealthy until the knowledge index is built and, with semantic retrieval on, the passage vectors are loaded.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeBase knowledge, SopSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!knowledge.IsReady ? HealthCheckResult.Unhealthy("knowledge index is being built")
            : !search.IsWarm ? HealthCheckResult.Unhealthy("passage vectors are being loaded")
            : HealthCheckResult.Healthy($"{knowledge.Current.Passages.Count} passages indexed"));
}
