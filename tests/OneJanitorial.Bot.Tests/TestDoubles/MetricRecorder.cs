using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Sums the long counters of the meters one service provider's <see cref="IMeterFactory"/> created, so tests
/// running in parallel (each with their own provider) do not see each other's measurements.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public MetricRecorder(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public long Total(string instrumentName) => _totals.TryGetValue(instrumentName, out var total) ? total : 0;

    public void Dispose() => _listener.Dispose();
}
