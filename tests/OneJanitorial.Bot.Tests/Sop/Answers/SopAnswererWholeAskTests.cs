using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

/// <summary>Which section a whole ask ("explain / list / go over …") is answered with, from hits a test picks in the manual.</summary>
public sealed class SopAnswererWholeAskTests
{
    [Theory]
    [InlineData("give me a rundown of the 4 core theories", "Core Theory 4", "Theory — The 4 Core Theories")]
    [InlineData("go over the 3 buckets with me", "Bucket 2: Constraint (Process 4)", "Framework — The 3-Bucket System")]
    public async Task Extract_WholeAskCountingTheSubsectionsOfTheSectionItNames_AnswersThatSection(string question, string hitHeading, string expected)
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var hits = snapshot.Passages.Where(p => p.SectionPath.Count > 1 && p.SectionPath[^1] == hitHeading).Take(1)
            .Concat(snapshot.Passages.Where(p => p.Section.StartsWith(expected + " › ", StringComparison.Ordinal) && !p.Section.Contains(hitHeading, StringComparison.Ordinal)).Take(2))
            .Select((p, i) => new SopHit(p, 0.15 - i * 0.01, 0.6, 0.7, i + 1)).ToArray();
        var result = SopFixture.Result(question, snapshot, hits);

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        // Before, the number stood beside the question's words only after them ("step 3"): "Core Theory 4" named the
        // question as well as its parent, and the first hit's subsection was answered alone.
        Assert.Equal(expected, answer.Citations[0].Section);
        Assert.Equal(hitHeading, hits[0].Passage.SectionPath[^1]);
    }
}
