using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>One indexed document: how many sections and passages it has, when it was last reviewed, and whether it is due.</summary>
public sealed record KnowledgeDocumentStatus(string Document, int Sections, int Passages, DateOnly? Reviewed, bool Due);

/// <summary>
/// What <c>knowledge status</c> prints: every document of the snapshot, due when unreviewed or reviewed more than
/// <c>reviewEveryDays</c> ago, then the alternate questions read and the lines naming no section.
/// </summary>
public static class KnowledgeStatus
{
    public static IReadOnlyList<KnowledgeDocumentStatus> Of(KnowledgeSnapshot snapshot, DateOnly today, int reviewEveryDays) =>
        [.. snapshot.Documents.Select(document =>
        {
            var passages = snapshot.Passages.Where(p => p.Document == document).ToList();
            var reviewed = passages.Select(p => p.Reviewed).FirstOrDefault(r => r is not null);
            var due = reviewed is not { } date || date.AddDays(reviewEveryDays) < today;
            return new KnowledgeDocumentStatus(document, passages.Select(p => p.Anchor).Distinct().Count(), passages.Count, reviewed, due);
        })];

    public static async Task WriteAsync(IReadOnlyList<KnowledgeDocumentStatus> documents, int reviewEveryDays, TextWriter output, AlternateQuestions? alternates = null)
    {
        await output.WriteLineAsync($"{"document",-48} {"sections",8} {"passages",8}  reviewed");
        foreach (var d in documents)
        {
            var reviewed = d.Reviewed is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "never";
            await output.WriteLineAsync($"{d.Document,-48} {d.Sections,8} {d.Passages,8}  {reviewed}{(d.Due ? "  DUE" : "")}");
        }
        var due = documents.Count(d => d.Due);
        await output.WriteLineAsync($"{documents.Count} document(s); {due} due for review (not reviewed in the last {reviewEveryDays} days)");
        if (alternates is not null)
        {
            await WriteAsync(alternates, output);
        }
    }

    /// <summary>How many alternate questions were read for how many sections, and every line naming no section.</summary>
    public static async Task WriteAsync(AlternateQuestions alternates, TextWriter output)
    {
        await output.WriteLineAsync($"{alternates.Questions.Count} alternate question(s) for {alternates.SectionCount} section(s); {alternates.Unmatched.Count} line(s) name no section with text");
        foreach (var line in alternates.Unmatched)
        {
            await output.WriteLineAsync($"  {line.File}:{line.Line}  no section with text: \"{line.Section}\"");
        }
    }
}
