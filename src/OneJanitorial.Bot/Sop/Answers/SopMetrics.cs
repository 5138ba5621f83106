using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>How SOP questions were answered: covered, declined, or written by the model; when the model's answer was not used, why.</summary>
public enum SopAnswerOutcome
{
    Covered,
    Declined,
    CoveredByModel,
    DeclinedByModel,
}

/// <summary>Why the extractive answer was kept although a model is configured.</summary>
public enum SopFallbackReason
{
    ReplyUnusable,
    ModelFailed,
}

/// <summary>
/// <c>onej.sop.answers</c> (Meter "OneJanitorial.Bot"): one count per SOP answer, tagged <c>outcome</c> and, for an
/// LLM fallback, <c>fallback_reason</c>.
/// </summary>
public sealed class SopMetrics : IDisposable
{
    public const string MeterName = "OneJanitorial.Bot";
    public const string AnswersInstrument = "onej.sop.answers";

    private readonly Meter _meter;
    private readonly Counter<long> _answers;

    public SopMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _answers = _meter.CreateCounter<long>(AnswersInstrument, "{answer}", "SOP answers by outcome (covered, declined, model) and LLM fallback reason");
    }

    public void Answered(SopAnswerOutcome outcome, SopFallbackReason? fallback = null)
    {
        var tags = new TagList { { "outcome", Tag(outcome.ToString()) } };
        if (fallback is { } reason)
        {
            tags.Add("fallback_reason", Tag(reason.ToString()));
        }
        _answers.Add(1, tags);
    }

    public void Dispose() => _meter.Dispose();

    private static string Tag(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
