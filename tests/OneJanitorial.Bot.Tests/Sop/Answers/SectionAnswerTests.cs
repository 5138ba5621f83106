using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class SectionAnswerTests
{
    private static readonly IReadOnlyList<Passage> Manual =
    [
        new(0, "sop.md", "SOP", ["Buckets"], "buckets", "Every issue goes in one bucket."),
        new(1, "sop.md", "SOP", ["Buckets", "Bucket 1"], "bucket-1", "Use when: the cleaner cannot fix it."),
        new(2, "sop.md", "SOP", ["Buckets", "Bucket 1", "Steps"], "steps", "- Ask how they will fix it\n- Start removal"),
        new(3, "sop.md", "SOP", ["Buckets", "Bucket 2"], "bucket-2", "Use when: the cleaner lacks supplies."),
        new(4, "sop.md", "SOP", ["Buckets", "Bucket 2", "Steps"], "steps-2", "- Order supplies\n- Set a date"),
    ];

    [Theory]
    [InlineData(new[] { "Bucket 1", "Bucket 2" }, new[] { "Buckets" })]
    [InlineData(new[] { "Bucket 1" }, new[] { "Buckets", "Bucket 1" })]
    public void Pick_WholeAskHitInASubsectionOfANamedSection_ThatSectionOrWithANamedSiblingTheirParent(string[] asked, string[] expected)
    {
        // The hit is a subsection ("Steps") of the section the question names ("Bucket 1"); a question naming its
        // sibling as well ("Bucket 2") asks for both, so their parent.
        double Named(string heading) => (double)asked.Count(heading.Contains) / asked.Length;

        var picked = SectionAnswer.Pick([new SopHit(Manual[2], 1, 1)], Manual, askedForWhole: true, Named);

        Assert.NotNull(picked);
        Assert.Equal(expected, picked.Value.Path);
    }
}
