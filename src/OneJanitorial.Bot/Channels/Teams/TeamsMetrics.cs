using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams channel counters on the "OneJanitorial.Bot" meter: connector retries and failures, turns that
/// could not be answered (each also logged with its activity id), and replies kept in the outbox and how they left it.
/// </summary>
public sealed class TeamsMetrics
{
    public const string MeterName = "OneJanitorial.Bot";

    private readonly Counter<long> _retries;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _kept;
    private readonly Counter<long> _outboxSent;
    private readonly Counter<long> _givenUp;

    public TeamsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _retries = meter.CreateCounter<long>("onej.connector.retries", description: "Bot Connector calls retried (429, 412, 5xx)");
        _failures = meter.CreateCounter<long>("onej.connector.failures", description: "Bot Connector calls that failed after every attempt");
        _dropped = meter.CreateCounter<long>("onej.turns.dropped", description: "Turns that could not be answered");
        _kept = meter.CreateCounter<long>("onej.outbox.kept", description: "Teams replies kept in the outbox to be sent later");
        _outboxSent = meter.CreateCounter<long>("onej.outbox.sent", description: "Teams replies sent from the outbox");
        _givenUp = meter.CreateCounter<long>("onej.outbox.given_up", description: "Teams replies the outbox gave up (refused, too old)");
    }

    public void ConnectorRetried(int statusCode) => _retries.Add(1, new KeyValuePair<string, object?>("status", statusCode));

    public void ConnectorFailed(int? statusCode) => _failures.Add(1, new KeyValuePair<string, object?>("status", statusCode ?? 0));

    public void ReplyKept() => _kept.Add(1);

    public void OutboxSent() => _outboxSent.Add(1);

    public void OutboxGivenUp(OutboxGiveUp reason) => _givenUp.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void TurnDropped(TurnDropReason reason) => _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
}
