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

    [Fact]
    public async Task SearchAsync_QuestionMeaningACueOfABestHit_ItsUnknownWordsCountAsExplained()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _k = knowledge;
        var search = new SopSearch(knowledge, embeddings: SopFixture.LocalEmbeddings);

        // "wandering" is no word of the manual or of the cue ("cleaner goes off topic", Step 2 of the cleaner call).
        var result = await search.SearchAsync("cleaner keeps wandering off topic when i call", 8, CancellationToken.None);

        Assert.Equal(0, result.UnknownShare);
        Assert.Contains(result.Hits.Take(SopSearch.CueDepth), h => h.Passage.Section.EndsWith("Step 2: Present Feedback & Neutral Probing — The \"WHY\"", StringComparison.Ordinal));
        Assert.True((await answerer.AnswerAsync("cleaner keeps wandering off topic when i call", CancellationToken.None)).Covered);
    }
}
