using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Knowledge;

public sealed class KnowledgeHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_BeforeAndAfterWarmUp_UnhealthyThenHealthy()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder));
        var search = new SopSearch(knowledge, embeddings: SopFixture.LocalEmbeddings);
        var check = new KnowledgeHealthCheck(knowledge, search);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await search.WarmAsync(CancellationToken.None);
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task WhenReadyAsync_ConcurrentCallers_ShareOneBuild()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder));

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => knowledge.WhenReadyAsync(CancellationToken.None)));

        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
        Assert.True(knowledge.IsReady);
    }
}
