using System.Globalization;
using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>
/// Metrics of one question set run through the answerer, overall and by kind, and the misses behind them. The median
/// length of the answers given shows what fact in answer costs in reading: an answer that quotes more holds more facts.
/// </summary>
internal sealed class EvalRun
{
    private string _name = "";
    private readonly List<Result> _results = [];
    private readonly List<string?> _missLines = [];

    public int Count => _results.Count;

    public double InAnswerRate(EvalKind? kind = null) => Rate(kind, r => r.InAnswer);

    public double Hit3Rate(EvalKind? kind = null) => Rate(kind, r => r.Rank is >= 1 and <= 3);

    public string Misses => string.Concat(_missLines.Where(m => m is not null));

    /// <summary>
    /// Every other question (half 0: the 1st, 3rd, …; half 1: the 2nd, 4th, …), so a change can be judged on the half
    /// whose misses were looked at and checked on the other.
    /// </summary>
    public EvalRun Half(int half)
    {
        var run = new EvalRun { _name = _name + (half == 0 ? " A" : " B") };
        for (var i = half; i < _results.Count; i += 2)
        {
            run._results.Add(_results[i]);
            run._missLines.Add(_missLines[i]);
        }
        return run;
    }

    public static async Task<EvalRun> RunAsync(string name, IEnumerable<EvalCase> cases, SopAnswerer answerer)
    {
        var run = new EvalRun { _name = name };
        foreach (var evalCase in cases)
        {
            run.Add(evalCase, await answerer.AnswerAsync(evalCase.Question, CancellationToken.None));
        }
        return run;
    }

    /// <summary>Table rows: all questions, then each kind present.</summary>
    public IEnumerable<string> Rows(string name) =>
        new EvalKind?[] { null }.Concat(Enum.GetValues<EvalKind>().Where(k => _results.Any(r => r.Kind == k)).Cast<EvalKind?>())
            .Select(kind => Row(name, kind));

    private string Row(string name, EvalKind? kind)
    {
        var of = _results.Where(r => kind is null || r.Kind == kind).ToList();
        var hit1 = of.Count == 0 ? 0 : (double)of.Count(r => r.Rank == 1) / of.Count;
        var mrr = of.Count == 0 ? 0 : of.Sum(r => r.Rank > 0 ? 1.0 / r.Rank : 0) / of.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {kind?.ToString().ToLowerInvariant() ?? "all"} | {of.Count} | {hit1:P1} | {Hit3Rate(kind):P1} | {mrr:0.000} | {InAnswerRate(kind):P1} | {MedianLength(of)} |");
    }

    /// <summary>The median length in characters of the answers given (declined questions left out), 0 when none was.</summary>
    private static int MedianLength(List<Result> of)
    {
        var lengths = of.Where(r => r.Length > 0).Select(r => r.Length).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[lengths.Count / 2];
    }

    private double Rate(EvalKind? kind, Func<Result, bool> counts)
    {
        var of = _results.Where(r => kind is null || r.Kind == kind).ToList();
        return of.Count == 0 ? 0 : (double)of.Count(counts) / of.Count;
    }

    private void Add(EvalCase evalCase, SopAnswer answer)
    {
        var rank = RankOfFact(evalCase, answer);
        var found = answer.Covered && evalCase.IsIn(answer.Text);
        _results.Add(new Result(evalCase.Kind, rank, found, answer.Covered ? answer.Text.Length : 0));
        _missLines.Add(found && rank is >= 1 and <= 3 ? null : string.Create(CultureInfo.InvariantCulture,
            $"  MISS {_name} [{evalCase.Kind}] \"{evalCase.Question}\" → covered={answer.Covered} inAnswer={found} rank={rank} top: {answer.Citations.FirstOrDefault()?.Section}\n"));
    }

    /// <summary>1-based rank of the first citation holding a fact (in its text or section name), 0 when none does.</summary>
    private static int RankOfFact(EvalCase evalCase, SopAnswer answer)
    {
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            if (evalCase.IsPartlyIn(answer.Citations[i].Text) || evalCase.IsPartlyIn(answer.Citations[i].Section))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>One question's outcome: its kind, the fact's citation rank (0: none), fact in answer, answer length (0: declined).</summary>
    private sealed record Result(EvalKind Kind, int Rank, bool InAnswer, int Length);
}
