namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>
/// An eval question and the SOP facts its answer must contain: every group, each group by any of its alternatives.
/// Lines are "question TAB facts" (kind Fact) or "kind TAB question TAB facts"; groups are separated by "&amp;&amp;",
/// alternatives by "||".
/// </summary>
internal sealed record EvalCase(EvalKind Kind, string Question, IReadOnlyList<IReadOnlyList<string>> Facts)
{
    /// <summary>
    /// The tuning set: retrieval weights, the glossary and the decline decision were chosen looking at these. It
    /// includes eval-csr-heldout.tsv and eval-csr-heldout-2.tsv, the first and second held-out sets, both seen during
    /// tuning, eval-csr-tuning-3.tsv (situations and whole-policy questions written before the second round of
    /// in-scope tuning), eval-csr-heldout-3.tsv and eval-csr-heldout-4.tsv, the third and fourth held-out sets,
    /// measured untuned and then tuned on once the fifth was committed (2026-11-29), and eval-csr-heldout-5.tsv, the
    /// fifth, measured untuned and after a round of tuning on the others, then tuned on once the sixth was committed, and
    /// eval-csr-heldout-6.tsv to eval-csr-heldout-10.tsv, the sixth to tenth, measured the same way and tuned on once
    /// the next was committed.
    /// </summary>
    public static IReadOnlyList<EvalCase> Tuning() =>
        [.. Cases("eval-questions.tsv"), .. Cases("eval-heldout.tsv"), .. Cases("eval-csr-tuning.tsv"), .. Cases("eval-csr-heldout.tsv"),
            .. Cases("eval-csr-heldout-2.tsv"), .. Cases("eval-csr-tuning-3.tsv"), .. Cases("eval-csr-heldout-3.tsv"),
            .. Cases("eval-csr-heldout-4.tsv"), .. Cases("eval-csr-heldout-5.tsv"), .. Cases("eval-csr-heldout-6.tsv"),
            .. Cases("eval-csr-heldout-7.tsv"), .. Cases("eval-csr-heldout-8.tsv"), .. Cases("eval-csr-heldout-9.tsv"),
            .. Cases("eval-csr-heldout-10.tsv")];

    /// <summary>
    /// A held-out set, never tuned on: the eleventh (eval-csr-heldout-11.tsv), written from the manual only and committed
    /// before the next round of tuning.
    /// </summary>
    public static IReadOnlyList<EvalCase> HeldOut(int set) => Cases($"eval-csr-heldout-{set}.tsv");

    /// <summary>
    /// Out-of-scope questions tuned on, including eval-csr-out-of-scope.txt and eval-csr-out-of-scope-2.txt (the first
    /// and second held-out ones, seen during tuning), eval-out-of-scope-extra.txt (written before the decline
    /// decision was reworked), eval-out-of-scope-tuning-4.txt (written before it was recalibrated) and
    /// eval-csr-out-of-scope-3.txt to eval-csr-out-of-scope-10.txt (each held out until the next set was committed).
    /// </summary>
    public static IReadOnlyList<string> OutOfScopeTuning() =>
        [.. Lines("eval-out-of-scope.txt"), .. Lines("eval-csr-out-of-scope.txt"), .. Lines("eval-csr-out-of-scope-2.txt"),
            .. Lines("eval-out-of-scope-extra.txt"), .. Lines("eval-out-of-scope-tuning-4.txt"), .. Lines("eval-csr-out-of-scope-3.txt"),
            .. Lines("eval-csr-out-of-scope-4.txt"), .. Lines("eval-csr-out-of-scope-5.txt"),
            .. Lines("eval-csr-out-of-scope-6.txt"), .. Lines("eval-csr-out-of-scope-7.txt"), .. Lines("eval-csr-out-of-scope-8.txt"),
            .. Lines("eval-csr-out-of-scope-9.txt"),
            .. Lines("eval-csr-out-of-scope-10.txt")];

    /// <summary>Out-of-scope questions written with the held-out set of that number and never tuned on.</summary>
    public static IReadOnlyList<string> OutOfScopeHeldOut(int set) => [.. Lines($"eval-csr-out-of-scope-{set}.txt")];

    /// <summary>True when the text holds every group of facts.</summary>
    public bool IsIn(string text) => Facts.All(group => group.Any(f => Normalize(text).Contains(Normalize(f), StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when the text holds at least one group: a citation need only show where the answer comes from.</summary>
    public bool IsPartlyIn(string text) => Facts.Any(group => group.Any(f => Normalize(text).Contains(Normalize(f), StringComparison.OrdinalIgnoreCase)));

    private static IReadOnlyList<EvalCase> Cases(string file) =>
        [.. Lines(file).Select(l => l.Split('\t')).Select(p => p.Length == 3
            ? new EvalCase(Enum.Parse<EvalKind>(p[0], ignoreCase: true), p[1], ParseFacts(p[2]))
            : new EvalCase(EvalKind.Fact, p[0], ParseFacts(p[1])))];

    private static IReadOnlyList<IReadOnlyList<string>> ParseFacts(string facts) =>
        [.. facts.Split("&&").Select(g => (IReadOnlyList<string>)[.. g.Split("||").Select(f => f.Trim())])];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(SopFixture.TestData("Sop", file)).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
