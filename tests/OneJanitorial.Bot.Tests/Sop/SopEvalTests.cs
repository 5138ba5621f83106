using System.Globalization;
using System.Text;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;
using Xunit.Abstractions;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>
/// The SOP question set (TestData/Sop): questions as CSRs phrase them, each with the fact its answer must
/// contain, a held-out set never tuned on, and questions the SOP does not cover. Prints the metrics table and the
/// coverage margin between answered and declined questions, and fails below the targets.
/// </summary>
public sealed class SopEvalTests(ITestOutputHelper output)
{
    private const double FactInAnswerTarget = 0.95;
    private const double FactInTop3Target = 0.98;

    /// <summary>The decline threshold must sit this far from both the weakest answered and the strongest declined question.</summary>
    private const double CoverageMargin = 0.05;

    [Fact]
    public async Task Eval_QuestionSet_MeetsTargets()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _ = knowledge;
        var search = new SopSearch(knowledge);
        var tuned = await EvalRun.RunAsync(EvalCase.InScope(), answerer, search);
        var heldOut = await EvalRun.RunAsync(EvalCase.HeldOut(), answerer, search);
        var outOfScope = EvalCase.OutOfScope();
        var notDeclined = new StringBuilder();
        double maxOutOfScope = 0;
        foreach (var question in outOfScope)
        {
            var answer = await answerer.AnswerAsync(question, CancellationToken.None);
            var coverage = EvalRun.TopCoverage(search, question);
            maxOutOfScope = Math.Max(maxOutOfScope, coverage);
            if (answer.Covered)
            {
                notDeclined.AppendLine(CultureInfo.InvariantCulture, $"  NOT DECLINED \"{question}\" coverage={coverage:0.00} → {answer.Citations.FirstOrDefault()?.Section}");
            }
        }
        var declined = outOfScope.Count - notDeclined.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var threshold = new KnowledgeOptions().MinCoverage;
        var report = Report(tuned, heldOut, outOfScope.Count, declined, maxOutOfScope, threshold) + tuned.Misses + heldOut.Misses + notDeclined;
        output.WriteLine(report);

        Assert.True(tuned.Count >= 60 && heldOut.Count >= 20 && outOfScope.Count >= 25, "The question set is too small.");
        Assert.True(tuned.Rate(tuned.InAnswer) >= FactInAnswerTarget, $"Fact in answer below {FactInAnswerTarget:P0}\n{report}");
        Assert.True(tuned.Rate(tuned.Hit3) >= FactInTop3Target, $"Fact in top-3 citations below {FactInTop3Target:P0}\n{report}");
        Assert.True(declined == outOfScope.Count, $"Out-of-scope declined {declined}/{outOfScope.Count}\n{report}");
        Assert.True(maxOutOfScope <= threshold - CoverageMargin && tuned.MinAnsweredCoverage >= threshold + CoverageMargin,
            $"The decline threshold {threshold} is within {CoverageMargin} of a question\n{report}");
    }

    private static string Report(EvalRun tuned, EvalRun heldOut, int outOfScope, int declined, double maxOutOfScope, double threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            | question set | questions | hit@1 | hit@3 (target ≥ {FactInTop3Target:P0}) | MRR | fact in answer (target ≥ {FactInAnswerTarget:P0}) | min coverage answered |
            |---|---|---|---|---|---|---|
            {tuned.Row("tuning set")}
            {heldOut.Row("held out")}

            | out of scope | questions | declined (target 100%) | max coverage |
            |---|---|---|---|
            | out of scope | {outOfScope} | {(double)declined / outOfScope:P1} | {maxOutOfScope:0.00} |

            Decline threshold (Knowledge:MinCoverage): {threshold:0.00}

            """);
}
