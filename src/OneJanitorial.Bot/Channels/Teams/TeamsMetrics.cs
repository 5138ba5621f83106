using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams channel counters on the "OneJanitorial.Bot" meter: connector retries and failures, and turns that
/// could not be answered (each also logged with its activity id).
/// </summary>
public sealed class TeamsMetrics
{
    public const string MeterName = "OneJanitorial.Bot";

    private readonly Counter<long> _retries;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _dropped;

    public TeamsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _retries = meter.CreateCounter<long>("onej.connector.retries", description: "Bot Connector calls retried (429, 412, 5xx)");
        _failures = meter.CreateCounter<long>("onej.connector.failures", description: "Bot Connector calls that failed after every attempt");
        _dropped = meter.CreateCounter<long>("onej.turns.dropped", description: "Turns that could not be answered");
    }

    public void ConnectorRetried(int statusCode) => _retries.Add(1, new KeyValuePair<string, object?>("status", statusCode));

    public void ConnectorFailed(int? statusCode) => _failures.Add(1, new KeyValuePair<string, object?>("status", statusCode ?? 0));

    public void TurnDropped(TurnDropReason reason) => _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
}
