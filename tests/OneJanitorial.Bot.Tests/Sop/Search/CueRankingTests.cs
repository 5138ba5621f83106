using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

/// <summary>The situation cues ranked by meaning with the local model (<see cref="PassageVectors"/>), over the repository's manual and glossary.</summary>
public sealed class CueRankingTests
{
    [Fact]
    public async Task RankAsync_SituationInOtherWords_RanksThePassageWhoseCueMeansItFirst()
    {
        var (knowledge, _) = SopFixture.Manual();
        using var _k = knowledge;
        var snapshot = await knowledge.WhenReadyAsync(CancellationToken.None);
        var vectors = new PassageVectors(SopFixture.LocalEmbeddings, null, 0);

        var ranking = await vectors.RankAsync(snapshot, "client is moving to a new office next month", CancellationToken.None);

        Assert.StartsWith("Step 1 — Ticket Creation & Initial Review › Determine if Service Issue or Client Update", snapshot.Passages[ranking.Cues[0].Id].Section, StringComparison.Ordinal);
        Assert.All(ranking.Cues, c => Assert.NotEqual("", SituationCue.For(snapshot.Passages[c.Id], snapshot.Glossary.Situations)));
        Assert.Equal(snapshot.Passages.Count, ranking.Passages.Count);
    }

    [Fact]
    public async Task SearchAsync_SituationInOtherWords_FusesTheCueRanking()
    {
        var (knowledge, _) = SopFixture.Manual();
        using var _k = knowledge;
        var search = new SopSearch(knowledge, embeddings: SopFixture.LocalEmbeddings);

        // Third without the cue ranking (after the ticket fields and the KPIs): the section's cue is "client is renovating or moving offices".
        var result = await search.SearchAsync("client is moving to a new office next month", 2, CancellationToken.None);

        Assert.Contains(result.Hits, h => h.Passage.Section.StartsWith("Step 1 — Ticket Creation & Initial Review › Determine if Service Issue or Client Update", StringComparison.Ordinal));
    }
}
