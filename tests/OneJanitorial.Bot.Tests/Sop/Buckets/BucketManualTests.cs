using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Sop.Buckets;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Sop.Buckets;

public sealed class BucketManualTests : IDisposable
{
    private const string Manual = "one-janitorial-csr-sop.md";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-buckets-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(IssueBucket.Bucket1, "Execution Steps (Process 3)", 6, "3.1 — Solve Test")]
    [InlineData(IssueBucket.Bucket2, "Execution Steps (Process 4)", 5, "4.1 — Run structured cleaner call")]
    [InlineData(IssueBucket.Bucket3A, "Execution Steps (Process 5A)", 6, "Confirm with the client the task is not on their checklist")]
    [InlineData(IssueBucket.Bucket3B, "Execution Steps (Process 5B)", 5, "Ask the cleaner what they did")]
    public void Advise_Manual_QuotesTheProcessStepsOfTheBucketSection(IssueBucket bucket, string process, int steps, string firstStep)
    {
        var (knowledge, _) = SopFixture.Manual();

        var advice = BucketManual.Advise(knowledge.Current, Decision(bucket));

        Assert.StartsWith($"Bucket {bucket.Code()}:", advice.Title);
        Assert.Equal(process, advice.ProcessTitle);
        Assert.Equal(steps, advice.Steps.Count);
        Assert.StartsWith(firstStep, advice.Steps[0]);
        var stepsSection = advice.Citations[0];
        Assert.Equal(Manual, stepsSection.Document);
        Assert.EndsWith(process, stepsSection.Section);
        var sectionText = knowledge.Current.SectionText(stepsSection.Document, stepsSection.Anchor);
        Assert.All(advice.Steps, s => Assert.Contains(s, sectionText));
        Assert.NotEmpty(advice.UseWhen);
        Assert.Contains("Record in ticket notes", advice.NotesRule);
    }

    [Fact]
    public void Advise_Bucket3A_AlsoCitesTheChecklistStep()
    {
        var (knowledge, _) = SopFixture.Manual();

        var advice = BucketManual.Advise(knowledge.Current, Decision(IssueBucket.Bucket3A));

        Assert.Contains(advice.Citations, c => c.Section.EndsWith("Step 1B — Verify Against Checklist (BEFORE calling cleaner)", StringComparison.Ordinal));
        Assert.Contains(advice.Citations, c => c.Anchor == "framework--the-3-bucket-system");
    }

    [Fact]
    public void Advise_EditedManual_ShowsTheEditedSteps()
    {
        var knowledge = Knowledge("""
            # Manual

            ## Framework — The 3-Bucket System

            ### Bucket 2: Constraint (Process 4)

            Use when the cleaner wants to solve it.

            #### Execution Steps (Process 4)

            - 4.1 — Call the cleaner back tomorrow
            - 4.2 — Send the training video
            """);

        var advice = BucketManual.Advise(knowledge.Current, Decision(IssueBucket.Bucket2));

        Assert.Equal(["4.1 — Call the cleaner back tomorrow", "4.2 — Send the training video"], advice.Steps);
        Assert.Equal(["Use when the cleaner wants to solve it."], advice.UseWhen);
        Assert.Null(advice.NotesRule);
    }

    [Fact]
    public void Advise_KnowledgeWithoutTheBucket_KeepsTheDecisionUncited()
    {
        var knowledge = Knowledge("# Other\n\n## Payday\n\nPay is on Fridays.\n");

        var advice = BucketManual.Advise(knowledge.Current, Decision(IssueBucket.Bucket3B));

        Assert.False(advice.FoundInManual);
        Assert.Empty(advice.Citations);
        Assert.Equal("Bucket 3B: Expectation dispute (Process 5B)", advice.Title);
        var card = AdaptiveCardRenderer.Render(BucketResultCard.Build(advice));
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text.Contains("no section for Bucket 3B"));
    }

    [Fact]
    public void ResultCard_Bucket1_ShowsBucketStepsTicketNoteAndSources()
    {
        var (knowledge, _) = SopFixture.Manual();
        var advice = BucketManual.Advise(knowledge.Current, new BucketDecision(IssueBucket.Bucket1, BucketReason.AttitudeGate, [BucketQuestion.InScope]));

        var card = AdaptiveCardRenderer.Render(BucketResultCard.Build(advice));

        Assert.Equal(AdaptiveCard.MobileVersion, card.Version);
        var texts = CardTree.Elements(card).OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Contains("Bucket 1: Incapability/Attitude (Process 3)", texts);
        Assert.Contains(texts, t => t.StartsWith("Not asked: assumed in scope", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("- 3.2 — Attitude Gate", StringComparison.Ordinal));
        Assert.Contains("Bucket 1 (Incapability/Attitude) → next: Process 3", texts);
        var hidden = Assert.Single(card.Body.OfType<Container>(), c => c.Id == BucketResultCard.SourcesId);
        Assert.False(hidden.IsVisible);
        Assert.Contains(card.Actions!.OfType<ToggleVisibilityAction>(), a => a.TargetElements.Contains(BucketResultCard.SourcesId));
        var sources = Assert.Single(hidden.Items.OfType<FactSet>());
        Assert.Equal(advice.Citations.Select(c => c.Anchor).Distinct().Count(), sources.Facts.Count);
        Assert.Contains(sources.Facts, f => f.Value.Contains($"{Manual}#execution-steps-process-3", StringComparison.Ordinal));
    }

    [Fact]
    public void TicketNote_Bucket3_NamesTheSubPath()
    {
        Assert.Equal("Bucket 3 · sub-path 3B (Expectation dispute) → next: Process 5B", BucketCards.TicketNote(IssueBucket.Bucket3B));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static BucketDecision Decision(IssueBucket bucket) => new(bucket, BucketReason.Constraint, []);

    private OneJanitorial.Bot.Sop.Knowledge.KnowledgeBase Knowledge(string markdown)
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "manual.md"), markdown.ReplaceLineEndings("\n"));
        return SopFixture.Knowledge(SopFixture.Options(_dir));
    }
}
