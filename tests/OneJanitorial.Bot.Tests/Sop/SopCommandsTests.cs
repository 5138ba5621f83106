using System.Text.Json;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tests.Sop;

public sealed class SopCommandsTests
{
    [Fact]
    public async Task Ask_Json_WritesOneObjectPerQuestionLine()
    {
        var stdout = new StringWriter();
        var stdin = new StringReader("what is BCO+\n\nwhen is payday\n");

        var exit = await CliCommands.RunAsync(["ask", "--json"], stdin, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var covered = JsonDocument.Parse(lines[0]);
        var root = covered.RootElement;
        Assert.Equal(["question", "answer", "covered", "citations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("what is BCO+", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("covered").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["document", "section", "score", "text"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("one-janitorial-csr-sop.md", citation.GetProperty("document").GetString());
        using var declined = JsonDocument.Parse(lines[1]);
        Assert.False(declined.RootElement.GetProperty("covered").GetBoolean());
        Assert.Equal(0, declined.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Ask_JsonWithAQuestionArgument_AnswersThatQuestionWithoutReadingStdin()
    {
        var stdout = new StringWriter();

        var exit = await CliCommands.RunAsync(["ask", "--json", "what's", "R1?"], new StringReader("when is payday\n"), stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var line = Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var answer = JsonDocument.Parse(line);
        Assert.Equal("what's R1?", answer.RootElement.GetProperty("question").GetString());
        Assert.True(answer.RootElement.GetProperty("covered").GetBoolean());
    }

    [Fact]
    public async Task Ask_Question_PrintsAnswerAndSources()
    {
        var stdout = new StringWriter();

        var exit = await CliCommands.RunAsync(["ask", "what's", "R1?"], new StringReader(""), stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Ticket Type: R1", stdout.ToString());
        Assert.Contains("Sources:\n  [1] ", stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ask_NoQuestion_IsAUsageError()
    {
        var stderr = new StringWriter();

        var exit = await CliCommands.RunAsync(["ask"], new StringReader(""), new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage: ask", stderr.ToString());
    }
}
