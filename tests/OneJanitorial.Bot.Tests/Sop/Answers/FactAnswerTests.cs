using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class FactAnswerTests
{
    private static readonly IReadOnlyList<Passage> Manual =
    [
        new(0, "sop.md", "SOP", ["Theories", "Theory 2"], "theory-2", "On the first issue, the CSR must find the root cause."),
        new(1, "sop.md", "SOP", ["Theories", "Theory 2", "Failure Signs"], "failure-signs", "- Vague notes\n- No follow-up date"),
        new(2, "sop.md", "SOP", ["Buckets", "Bucket 1"], "bucket-1", "Use when:\n- The cleaner blames the client"),
        new(3, "sop.md", "SOP", ["Buckets", "Bucket 1", "Steps"], "steps", "- Start removal"),
    ];

    [Fact]
    public void Rule_PassageUnderASubsection_TheParentsOpeningParagraph() =>
        Assert.Equal(Manual[0], FactAnswer.Rule(Manual[1], Manual));

    [Theory]
    [InlineData(3)] // the parent opens with a list, not a rule
    [InlineData(0)] // the parent is a top section's own text
    public void Rule_ParentOpensWithNoParagraph_Null(int passage) =>
        Assert.Null(FactAnswer.Rule(Manual[passage], Manual));
}
