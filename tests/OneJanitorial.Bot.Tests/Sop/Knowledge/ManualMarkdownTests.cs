using System.Text.RegularExpressions;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Tests.Sop.Knowledge;

/// <summary>The Markdown manual against the client's source text (TestData/Sop/client-docs/csr-sop-source.txt).</summary>
public sealed partial class ManualMarkdownTests
{
    private static readonly string ManualPath = Path.Combine(SopFixture.ManualFolder, "one-janitorial-csr-sop.md");

    [Fact]
    public void Manual_KeepsEveryLineOfTheSourceInOrder()
    {
        var manual = " " + string.Join(' ', Words(File.ReadAllText(ManualPath))) + " ";
        var position = 0;
        var missing = new List<string>();
        foreach (var line in File.ReadLines(SopFixture.TestData("Sop", "client-docs", "csr-sop-source.txt")).Where(l => Words(l).Any()))
        {
            var found = manual.IndexOf(" " + string.Join(' ', Words(line)) + " ", position, StringComparison.Ordinal);
            if (found < 0)
            {
                missing.Add(line);
                continue;
            }
            position = found;
        }

        Assert.True(missing.Count == 0, "Lines missing from the manual:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Manual_HasFrontMatterAndRestoredHeadings()
    {
        var parsed = MarkdownDocumentReader.Read(File.ReadAllText(ManualPath));
        var headings = parsed.Elements.OfType<HeadingElement>().Select(h => (h.Level, h.Text)).ToList();
        var frontMatter = File.ReadLines(ManualPath).Skip(1).TakeWhile(l => l != "---").ToList();

        Assert.Contains(frontMatter, l => l.StartsWith("title: ", StringComparison.Ordinal));
        Assert.Contains(frontMatter, l => l.StartsWith("owner: ", StringComparison.Ordinal));
        Assert.Contains(frontMatter, l => LastReviewed().IsMatch(l));
        Assert.Contains((2, "Section 01 — Role Overview"), headings);
        Assert.Contains((2, "Step 1 — Ticket Creation & Initial Review"), headings);
        Assert.Contains((3, "Bucket 1: Incapability/Attitude (Process 3)"), headings);
        Assert.Contains((3, "Bucket 2: Constraint (Process 4)"), headings);
        Assert.Contains((3, "Bucket 3A: Scope discrepancy (Process 5A)"), headings);
        Assert.Contains((3, "Bucket 3B: Expectation dispute (Process 5B)"), headings);
        Assert.DoesNotContain(headings, h => GluedHeading().IsMatch(h.Text));
    }

    [Fact]
    public void Manual_TablesHaveAsManyCellsAsHeaders()
    {
        var tables = MarkdownDocumentReader.Read(File.ReadAllText(ManualPath)).Elements.OfType<TableElement>().ToList();

        Assert.Equal(7, tables.Count);
        Assert.All(tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Header.Count, r.Count)));
        Assert.Contains(tables.SelectMany(t => t.Rows), r => r[0] == "Issue Bucket" && r[1] == "Bucket 1: Incapability/Attitude | Bucket 2: Constraint | Bucket 3A/B: Scope/Expectation");
    }

    // Words with glued boundaries split ("01Role" → "01 Role", "PolicyCleaner" → "Policy Cleaner"), case and punctuation ignored.
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(GlueBoundary().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=\p{N})(?=\p{L})|(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex GlueBoundary();

    [GeneratedRegex(@"^reviewed: \d{4}-\d{2}-\d{2}$")]
    private static partial Regex LastReviewed();

    [GeneratedRegex(@"\d[A-Z][a-z]|[a-z][A-Z][a-z]")]
    private static partial Regex GluedHeading();
}
