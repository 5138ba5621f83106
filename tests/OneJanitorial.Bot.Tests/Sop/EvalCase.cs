namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>An eval question and the SOP facts (any of) its answer must contain.</summary>
internal sealed record EvalCase(string Question, IReadOnlyList<string> Facts)
{
    /// <summary>The tuning set: retrieval weights and the glossary were chosen looking at these.</summary>
    public static IReadOnlyList<EvalCase> InScope() => Cases("eval-questions.tsv");

    /// <summary>Written before tuning and never tuned on: shows whether the tuning generalises.</summary>
    public static IReadOnlyList<EvalCase> HeldOut() => Cases("eval-heldout.tsv");

    public static IReadOnlyList<string> OutOfScope() => [.. Lines("eval-out-of-scope.txt")];

    public bool IsIn(string text) => Facts.Any(f => Normalize(text).Contains(Normalize(f), StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<EvalCase> Cases(string file) =>
        [.. Lines(file).Select(l => l.Split('\t')).Select(p => new EvalCase(p[0], p[1].Split("||")))];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(SopFixture.TestData("Sop", file)).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
