using System.Diagnostics;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Observability;
using OneJanitorial.Bot.Tests.TestDoubles;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OneJanitorial.Bot.Tests.Observability;

/// <summary>Each turn is one "turn" span and one onej.turns count, as the in-memory OpenTelemetry exporter sees them.</summary>
public sealed class BotTelemetryTests
{
    private const string UserText = "echo the client at 12 Main St is furious";
    // A channel no other test uses: the source and meter are process-wide, tests run in parallel.
    private readonly string _channel = "telemetry-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task OnTurnAsync_Message_OneSpanWithChannelKindAndFeatureButNoUserText()
    {
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource(BotTelemetry.Name).AddInMemoryExporter(spans).Build())
        {
            await new ConversationBot([new ScriptedFeature()], TimeProvider.System).OnTurnAsync(Turn(UserText), new RecordingTurnOutput(), CancellationToken.None);
        }

        var span = Assert.Single(spans, s => (string?)s.GetTagItem("onej.channel") == _channel);
        Assert.Equal("turn", span.DisplayName);
        Assert.Equal("Message", span.GetTagItem("onej.turn.kind"));
        Assert.Equal("Scripted", span.GetTagItem("onej.feature"));
        Assert.Equal("Handled", span.GetTagItem("onej.outcome"));
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("Main St", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task OnTurnAsync_FeatureThrows_CountedAsFailedWithChannel()
    {
        var metrics = new List<Metric>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(BotTelemetry.Name).AddInMemoryExporter(metrics).Build();
        var bot = new ConversationBot([new ScriptedFeature()], TimeProvider.System);

        await bot.OnTurnAsync(Turn("echo hi"), new RecordingTurnOutput(), CancellationToken.None);
        await Assert.ThrowsAnyAsync<Exception>(() => bot.OnTurnAsync(Turn("boom"), new RecordingTurnOutput(), CancellationToken.None));
        provider.ForceFlush();

        Assert.Equal(1, TurnCount(metrics, "Handled"));
        Assert.Equal(1, TurnCount(metrics, "Failed"));
    }

    private long TurnCount(List<Metric> metrics, string outcome)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == "onej.turns"))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }
                if (Equals(tags.GetValueOrDefault("channel"), _channel) && Equals(tags.GetValueOrDefault("outcome"), outcome))
                {
                    total += point.GetSumLong();
                }
            }
        }
        return total;
    }

    private IncomingTurn Turn(string text) =>
        new(TurnKind.Message, _channel, "c1", new TurnUser("u1", "Una"), text, null, DateTimeOffset.UnixEpoch);
}
