using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class SopMetricsTests
{
    [Fact]
    public void Answered_Fallback_CountsWithOutcomeAndReasonTags()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var metrics = new SopMetrics(meterFactory);
        var seen = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Name == SopMetrics.AnswersInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => seen.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        metrics.Answered(SopAnswerOutcome.Covered, SopFallbackReason.ModelFailed);
        metrics.Answered(SopAnswerOutcome.Declined);

        Assert.Equal(2, seen.Count);
        Assert.Equal("covered", seen[0].Tags["outcome"]);
        Assert.Equal("model_failed", seen[0].Tags["fallback_reason"]);
        Assert.Equal("declined", seen[1].Tags["outcome"]);
        Assert.False(seen[1].Tags.ContainsKey("fallback_reason"));
    }
}
