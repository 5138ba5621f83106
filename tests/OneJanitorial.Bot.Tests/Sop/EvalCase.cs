namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>An eval question and the SOP facts (any of) its answer must contain.</summary>
internal sealed record EvalCase(string Question, IReadOnlyList<string> Facts)
{
    public static IReadOnlyList<EvalCase> InScope() =>
        [.. Lines("eval-questions.tsv").Select(l => l.Split('\t')).Select(p => new EvalCase(p[0], p[1].Split("||")))];

    public static IReadOnlyList<string> OutOfScope() => [.. Lines("eval-out-of-scope.txt")];

    public bool IsIn(string text) => Facts.Any(f => Normalize(text).Contains(Normalize(f), StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(SopFixture.TestData("Sop", file)).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
