using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Slack channel counters on the "OneJanitorial.Bot" meter: inbox work retried after a failure, and work given up
/// (after its last attempt, or at once when a retry cannot fix it; each also logged with its id).
/// </summary>
public sealed class SlackMetrics
{
    public const string MeterName = "OneJanitorial.Bot";

    private readonly Counter<long> _retries;
    private readonly Counter<long> _failures;

    public SlackMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _retries = meter.CreateCounter<long>("onej.slack.work.retries", description: "Slack inbox work retried after a failed attempt");
        _failures = meter.CreateCounter<long>("onej.slack.work.failures", description: "Slack inbox work given up: failed on every attempt, or in a way a retry cannot fix");
    }

    public void WorkRetried(SlackWorkKind kind) => _retries.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void WorkFailed(SlackWorkKind kind) => _failures.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));
}
