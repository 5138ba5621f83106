using System.Globalization;
using System.Text;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>Metrics of one question set run through the answerer, and the misses behind them.</summary>
internal sealed class EvalRun
{
    private readonly StringBuilder _misses = new();

    public int Count { get; private set; }

    public int Hit1 { get; private set; }

    public int Hit3 { get; private set; }

    public int InAnswer { get; private set; }

    public double ReciprocalRanks { get; private set; }

    /// <summary>The lowest coverage of a best passage among the questions whose answer holds the fact.</summary>
    public double MinAnsweredCoverage { get; private set; } = 1;

    public string Misses => _misses.ToString();

    public double Rate(int count) => Count == 0 ? 0 : (double)count / Count;

    public static async Task<EvalRun> RunAsync(IEnumerable<EvalCase> cases, SopAnswerer answerer, SopSearch search)
    {
        var run = new EvalRun();
        foreach (var evalCase in cases)
        {
            var answer = await answerer.AnswerAsync(evalCase.Question, CancellationToken.None);
            run.Add(evalCase, answer, TopCoverage(search, evalCase.Question));
        }
        return run;
    }

    public static double TopCoverage(SopSearch search, string question) =>
        search.Search(question, SopAnswerer.RetrievalDepth).Hits.FirstOrDefault()?.Coverage ?? 0;

    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count} | {Rate(Hit1):P1} | {Rate(Hit3):P1} | {(Count == 0 ? 0 : ReciprocalRanks / Count):0.000} | {Rate(InAnswer):P1} | {MinAnsweredCoverage:0.00} |");

    private void Add(EvalCase evalCase, SopAnswer answer, double coverage)
    {
        Count++;
        var rank = RankOfFact(evalCase, answer);
        Hit1 += rank == 1 ? 1 : 0;
        Hit3 += rank is >= 1 and <= 3 ? 1 : 0;
        ReciprocalRanks += rank > 0 ? 1.0 / rank : 0;
        var found = answer.Covered && evalCase.IsIn(answer.Text);
        InAnswer += found ? 1 : 0;
        if (found)
        {
            MinAnsweredCoverage = Math.Min(MinAnsweredCoverage, coverage);
        }
        if (!found || rank is 0 or > 3)
        {
            _misses.AppendLine(CultureInfo.InvariantCulture,
                $"  MISS \"{evalCase.Question}\" → covered={answer.Covered} coverage={coverage:0.00} rank={rank} top: {answer.Citations.FirstOrDefault()?.Section}");
        }
    }

    /// <summary>1-based rank of the first citation holding the fact (in its text or section name), 0 when none does.</summary>
    private static int RankOfFact(EvalCase evalCase, SopAnswer answer)
    {
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            if (evalCase.IsIn(answer.Citations[i].Text) || evalCase.IsIn(answer.Citations[i].Section))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
