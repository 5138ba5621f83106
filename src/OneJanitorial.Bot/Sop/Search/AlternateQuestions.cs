using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>A question a CSR would ask to get a section, authored for it (<see cref="AlternateQuestions"/>).</summary>
public sealed record AlternateQuestion(string Section, string Question);

/// <summary>A line of an alternate-questions file that names no section with text in the knowledge documents (or is no "path TAB question" line).</summary>
public sealed record UnmatchedAlternate(string File, int Line, string Section);

/// <summary>
/// The "alternate questions" of the knowledge base (as QnA knowledge bases keep them): how CSRs ask for each section,
/// kept as data beside the documents in files named <c>*.questions.tsv</c>, one <c>section path TAB question</c> a
/// line, the path as answers cite the section (<see cref="Passage.Section"/>). They find a section by meaning (the
/// semantic model ranks them like the question); they are never shown, and never answer: the section's own text does.
/// A line whose path names no section with text (<see cref="SectionsOf"/>) is kept out and reported
/// (<see cref="Unmatched"/>), not silently ignored.
/// </summary>
public sealed class AlternateQuestions(IReadOnlyList<AlternateQuestion> questions, IReadOnlyList<UnmatchedAlternate> unmatched)
{
    public const string FileSuffix = ".questions.tsv";

    public static AlternateQuestions Empty { get; } = new([], []);

    /// <summary>The questions whose section is in the documents, in file order.</summary>
    public IReadOnlyList<AlternateQuestion> Questions { get; } = questions;

    public IReadOnlyList<UnmatchedAlternate> Unmatched { get; } = unmatched;

    /// <summary>How many sections have at least one question.</summary>
    public int SectionCount => Questions.Select(q => q.Section).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The sections that have text: every passage's heading path and the paths of the headings above it.</summary>
    public static IReadOnlySet<string> SectionsOf(IEnumerable<Passage> passages) =>
        passages.SelectMany(p => Enumerable.Range(1, p.SectionPath.Count).Select(n => string.Join(Passage.PathSeparator, p.SectionPath.Take(n))))
            .ToHashSet(StringComparer.Ordinal);

    public static bool IsFile(string path) =>
        Path.GetFileName(path) is var name && name.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.');

    /// <summary>
    /// The questions of the given files (name and text) whose section path is one of <paramref name="sections"/>; the
    /// other lines, blank lines and <c>#</c> comments aside, are <see cref="Unmatched"/>.
    /// </summary>
    public static AlternateQuestions Read(IEnumerable<(string File, string Text)> files, IReadOnlySet<string> sections)
    {
        var questions = new List<AlternateQuestion>();
        var unmatched = new List<UnmatchedAlternate>();
        foreach (var (file, text) in files)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }
                if (line.Split('\t') is [var section, var question] && question.Trim().Length > 0 && sections.Contains(section.Trim()))
                {
                    questions.Add(new AlternateQuestion(section.Trim(), question.Trim()));
                }
                else
                {
                    unmatched.Add(new UnmatchedAlternate(file, i + 1, line.Split('\t')[0].Trim()));
                }
            }
        }
        return new AlternateQuestions(questions, unmatched);
    }
}
