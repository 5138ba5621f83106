using OneJanitorial.Bot.Sop.Search;
using Xunit.Abstractions;

namespace OneJanitorial.Bot.Tests.Sop;

public sealed class SopDiagTests(ITestOutputHelper output)
{
    [Fact]
    public void Diag()
    {
        var (knowledge, _) = SopFixture.Manual();
        var search = new SopSearch(knowledge);
        var snap = knowledge.Current;
        output.WriteLine($"N={snap.Index.DocumentCount}");
        foreach (var c in EvalCase.InScope().Select(c => (c.Question, (EvalCase?)c)).Concat(EvalCase.OutOfScope().Select(q => (q, (EvalCase?)null))))
        {
            var r = search.Search(c.Item1, 10);
            var rank = r.Hits.Select((h, i) => (h, i)).FirstOrDefault(x => c.Item2 is not null && (c.Item2.IsIn(x.h.Passage.Text) || c.Item2.IsIn(x.h.Passage.Section)), (null!, -1)).Item2 + 1;
            var terms = snap.Index.Analyze(c.Item1).Distinct().Select(t => $"{t}:{snap.Index.DocFrequency(t)}{(r.Top is { } top && snap.Index.PassageHasTerm(top.Passage.Id, t) ? "*" : "")}");
            output.WriteLine($"{(c.Item2 is null ? "OOS" : "IN ")} r={rank} cov={r.Top?.Coverage:0.00} s={r.Top?.Score:0.0} | {c.Item1} | {string.Join(" ", terms)}");
        }
    }
}
