using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

/// <summary>A first hit whose text the manual lost does not lead an answer another relevant hit can give.</summary>
public sealed class SopAnswererLostTextTests
{
    private const string Voicemail = "Voicemail — No Answer After 3x Calls";
    private const string Close = "Step 5: Lockdown & \"Fool-Proof\" Close";

    [Theory]
    [InlineData("what do i send the cleaner after the call")]
    [InlineData("what goes in the cleaner email after the call")]
    public async Task Extract_LostFirstHitNamingNothingElse_TheHitWithTextLeads(string question)
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var lost = snapshot.Passages.First(p => p.Section.EndsWith(Voicemail, StringComparison.Ordinal));
        var close = snapshot.Passages.First(p => p.Section.EndsWith(Close, StringComparison.Ordinal));
        var result = SopFixture.Result(question, snapshot, new(lost, 0.13, 0.6, 0.70, 1), new(close, 0.12, 0.6, 0.68, 2));

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        Assert.DoesNotContain("Lost in the source", answer.Text.Split('\n')[0]);
        Assert.Contains("the cleaning checklist, and the inspection report link", answer.Text);
        Assert.DoesNotContain(Voicemail, answer.Citations[0].Section);
    }

    [Fact]
    public async Task Extract_LostFirstHitWhoseHeadingNamesWhatTheOtherLacks_StillLeads()
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var lost = snapshot.Passages.First(p => p.Section.EndsWith("Q2 — Distance Check", StringComparison.Ordinal));
        var row = snapshot.Passages.First(p => p.IsTableRow && p.RowLabel == "Cleaner Distance From Building");
        var result = SopFixture.Result("what is the distance check", snapshot, new(lost, 0.13, 0.6, 0.70, 1), new(row, 0.12, 0.6, 0.68, 2));

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        Assert.StartsWith("Lost in the source", answer.Text);
        Assert.EndsWith("Q2 — Distance Check", answer.Citations[0].Section);
    }
}
