using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Tests.Sop.Knowledge;

public sealed class KnowledgeStatusTests
{
    [Fact]
    public void Of_ManualAndUndatedDocument_ReviewedDateSectionsAndDue()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder, SopFixture.TestData("Sop", "client-docs", "plumbing-office-onboarding.txt")));

        var soon = KnowledgeStatus.Of(knowledge.Current, new DateOnly(2027, 1, 1), 180);
        var late = KnowledgeStatus.Of(knowledge.Current, new DateOnly(2027, 6, 1), 180);

        var manual = Assert.Single(soon, d => d.Document == "one-janitorial-csr-sop.md");
        Assert.Equal(new DateOnly(2026, 11, 23), manual.Reviewed);
        Assert.True(manual.Sections > 20 && manual.Passages >= manual.Sections);
        Assert.False(manual.Due);
        Assert.True(Assert.Single(late, d => d.Document == "one-janitorial-csr-sop.md").Due);
        var plumbing = Assert.Single(soon, d => d.Document == "plumbing-office-onboarding.txt");
        Assert.Null(plumbing.Reviewed);
        Assert.True(plumbing.Due);
    }

    [Fact]
    public async Task KnowledgeStatus_Cli_ListsTheManualWithItsReviewDate()
    {
        var output = new StringWriter();

        var exit = await CliCommands.RunAsync(["knowledge", "status"], TextReader.Null, output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Matches(@"one-janitorial-csr-sop\.md\s+\d+\s+\d+\s+2026-11-23", output.ToString());
        Assert.Contains("due for review (not reviewed in the last 180 days)", output.ToString());
    }
}
