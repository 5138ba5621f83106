using System.Text.Json;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tests.Sop.Buckets;

public sealed class BucketAskTests
{
    [Fact]
    public async Task AskJson_StatedBucketQuestion_AnswersWithTheBucketInTheSameContract()
    {
        var stdout = new StringWriter();
        var stdin = new StringReader("the cleaner says it was done but the client says it's not, it's in the checklist, what bucket?\nwhat bucket is this?\n");

        var exit = await CliCommands.RunAsync(["ask", "--json"], stdin, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var decided = JsonDocument.Parse(lines[0]);
        var root = decided.RootElement;
        Assert.Equal(["question", "answer", "covered", "citations"], root.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("**Bucket 3B: Expectation dispute (Process 5B)**", root.GetProperty("answer").GetString());
        Assert.Contains("reclassify to Bucket 1", root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("covered").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["document", "section", "score", "text"], citation.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("Execution Steps (Process 5B)", citation.GetProperty("section").GetString());
        using var open = JsonDocument.Parse(lines[1]);
        Assert.DoesNotContain("Expectation dispute (Process 5B)**", open.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Ask_StatedBucketQuestion_PrintsBucketStepsAndSources()
    {
        var stdout = new StringWriter();

        var exit = await CliCommands.RunAsync(["ask", "what bucket if the cleaner blames the client"], new StringReader(""), stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var text = stdout.ToString().ReplaceLineEndings("\n");
        Assert.Contains("**Bucket 1: Incapability/Attitude (Process 3)**", text);
        Assert.Contains("- 3.6 — Trigger replacement", text);
        Assert.Contains("Record in ticket notes: Bucket 1 (Incapability/Attitude) → next: Process 3", text);
        Assert.Contains("Sources:\n  [1] Framework — The 3-Bucket System › Bucket 1", text);
    }
}
