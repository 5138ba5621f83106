using System.Globalization;
using System.Text;
using OneJanitorial.Bot.Sop.Answers;
using Xunit.Abstractions;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>
/// The SOP question sets (TestData/Sop): questions as CSRs type them, by kind, each with the facts its answer must
/// contain; a tuning set and a held-out set never tuned on; and questions the SOP does not cover. Each test prints
/// its table and fails below its regression floors. The held-out test shows its questions (misses and leaks) only
/// when SOP_EVAL_SHOW_HELDOUT=1, so that tuning on the tuning set never shows a held-out question by accident.
/// </summary>
public sealed class SopEvalTests(ITestOutputHelper output)
{
    private const string ShowHeldOutVariable = "SOP_EVAL_SHOW_HELDOUT";

    /// <summary>
    /// Floors: the tuning figures reached by the issue 11 tuning (95.6% fact in answer of 298 questions, 100% of 91
    /// out-of-scope declined), rounded down to 0.5 pp; out of scope stays at 100%.
    /// </summary>
    private const double TuningFactInAnswerFloor = 0.955;
    private const double TuningDeclinedFloor = 1.0;

    /// <summary>
    /// Floors: the figures measured on eval-csr-heldout-2.tsv and eval-csr-out-of-scope-2.txt after the tuning of
    /// e799e8a (91.8% fact in answer, 93.9% fact in top-3, 84.2% declined; before any tuning 87.1%, 89.1%, 76.3%),
    /// rounded down to 0.5 pp. A regression guard only: the set was never tuned on.
    /// </summary>
    private const double HeldOutFactInAnswerFloor = 0.915;
    private const double HeldOutFactInTop3Floor = 0.935;
    private const double HeldOutDeclinedFloor = 0.84;

    private const string TableHeader = "| set | kind | questions | hit@1 | fact in top-3 citations | MRR | fact in answer |\n|---|---|---|---|---|---|---|";

    [Fact]
    public async Task Eval_TuningSet_MeetsFloors()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _ = knowledge;
        var tuning = await EvalRun.RunAsync("tuning", EvalCase.Tuning(), answerer);
        var (declined, leaks) = await DeclinedAsync("tuning", EvalCase.OutOfScopeTuning(), answerer);
        var figures = Table(tuning.Rows("tuning"), "tuning", EvalCase.OutOfScopeTuning().Count, declined);
        output.WriteLine(figures + tuning.Misses + leaks);

        Assert.True(tuning.InAnswerRate() >= TuningFactInAnswerFloor, $"Tuning fact in answer below {TuningFactInAnswerFloor:P1}\n{figures}");
        Assert.True(declined >= TuningDeclinedFloor, $"Tuning out of scope declined below {TuningDeclinedFloor:P1}\n{figures}");
    }

    [Fact]
    public async Task Eval_HeldOutSet_MeetsFloors()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _ = knowledge;
        var heldOut = await EvalRun.RunAsync("held-out", EvalCase.HeldOut(), answerer);
        var (declined, leaks) = await DeclinedAsync("held-out", EvalCase.OutOfScopeHeldOut(), answerer);
        var figures = Table(heldOut.Rows("held out"), "held out", EvalCase.OutOfScopeHeldOut().Count, declined);
        var show = Environment.GetEnvironmentVariable(ShowHeldOutVariable) == "1";
        output.WriteLine(figures + (show ? heldOut.Misses + leaks : $"(held-out questions hidden; set {ShowHeldOutVariable}=1 to see misses)"));

        Assert.True(heldOut.Count >= 100 && EvalCase.OutOfScopeHeldOut().Count >= 25, "The held-out set is too small.");
        Assert.True(heldOut.InAnswerRate() >= HeldOutFactInAnswerFloor, $"Held-out fact in answer below {HeldOutFactInAnswerFloor:P1}\n{figures}");
        Assert.True(heldOut.Hit3Rate() >= HeldOutFactInTop3Floor, $"Held-out fact in top-3 below {HeldOutFactInTop3Floor:P1}\n{figures}");
        Assert.True(declined >= HeldOutDeclinedFloor, $"Held-out out of scope declined below {HeldOutDeclinedFloor:P1}\n{figures}");
    }

    /// <summary>Figures only, never questions: safe in assertion messages.</summary>
    private static string Table(IEnumerable<string> rows, string set, int outOfScope, double declined) =>
        new StringBuilder()
            .AppendLine(TableHeader)
            .AppendJoin('\n', rows).AppendLine().AppendLine()
            .AppendLine("| out of scope | questions | declined |")
            .AppendLine("|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| {set} | {outOfScope} | {declined:P1} |")
            .ToString();

    private static async Task<(double Declined, string Leaks)> DeclinedAsync(string name, IReadOnlyList<string> questions, SopAnswerer answerer)
    {
        var leaks = new StringBuilder();
        var declined = 0;
        foreach (var question in questions)
        {
            var answer = await answerer.AnswerAsync(question, CancellationToken.None);
            if (answer.Covered)
            {
                leaks.AppendLine(CultureInfo.InvariantCulture, $"  NOT DECLINED {name} \"{question}\" → {answer.Citations.FirstOrDefault()?.Section}");
            }
            else
            {
                declined++;
            }
        }
        return ((double)declined / questions.Count, leaks.ToString());
    }
}
