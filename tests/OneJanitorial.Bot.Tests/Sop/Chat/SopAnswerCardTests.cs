using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Sop.Chat;

public sealed class SopAnswerCardTests
{
    [Fact]
    public async Task Build_WholeTableAnswer_LeadFactsAndSourceLine()
    {
        var (_, answerer) = SopFixture.Manual();
        var answer = await answerer.AnswerAsync("explain the 3 strike policy", CancellationToken.None);

        var view = SopAnswerCard.Build(answer, "q1", section: null);

        Assert.StartsWith("The 3-strike policy applies within a 3-month rolling window", Assert.IsType<Paragraph>(view.Blocks[0]).Text.ToPlainText());
        var facts = Assert.IsType<Facts>(view.Blocks[1]).Items;
        Assert.Equal(["1st Issue", "2nd Issue", "3rd+ Issue"], facts.Select(f => f.Label));
        Assert.Contains("Removal from the building", facts[2].Value);
        Assert.Contains(view.Blocks.OfType<Paragraph>(), p => p.Text.ToPlainText() == "SOP · 3-Strike Policy — Cleaner Accountability · reviewed 2026-11-23" && p.Style == TextStyle.Muted);
    }

    [Fact]
    public async Task Build_WholeSectionWithSubsections_TableAsFactsThenEachSubsectionHeadedAndBulleted()
    {
        var (_, answerer) = SopFixture.Manual();
        var answer = await answerer.AnswerAsync("list the ticket stages", CancellationToken.None);

        var view = SopAnswerCard.Build(answer, "q4", section: null);

        var stages = Assert.IsType<Facts>(view.Blocks[1]).Items;
        Assert.Equal("Closed Client Ticket", stages[^1].Label);
        var heading = Assert.IsType<Paragraph>(view.Blocks[2]);
        Assert.Equal(("Closure Checklist", TextStyle.Strong), (heading.Text.ToPlainText(), heading.Style));
        var checklist = Assert.IsType<Paragraph>(view.Blocks[3]).Text.Lines;
        Assert.True(checklist[0].Bullet);
        Assert.StartsWith("Verified client confirmation that issue is resolved", checklist[0].Spans[0].Text);
    }

    [Fact]
    public async Task Build_CachedAnswerAskedAgain_SameCardButItsOwnIdAndQuestion()
    {
        var (_, answerer) = SopFixture.Manual();
        var answer = await answerer.AnswerAsync("explain the 3 strike policy", CancellationToken.None);
        var section = Markup.Plain("The whole section.");

        var first = SopAnswerCard.Build(answer with { Question = "explain the 3 strike policy" }, "q1", section);
        var firstJson = CardJson.Serialize(AdaptiveCardRenderer.Render(first));
        var second = SopAnswerCard.Build(answer with { Question = "Explain the 3 strike policy" }, "q2", section, SopFeedback.Up);

        Assert.Equal(firstJson, CardJson.Serialize(AdaptiveCardRenderer.Render(first)));
        var fresh = SopAnswerCard.Build(answer with { Question = "Explain the 3 strike policy", Body = answer.Body! with { } }, "q2", section, SopFeedback.Up);
        Assert.Equal(CardJson.Serialize(AdaptiveCardRenderer.Render(fresh)), CardJson.Serialize(AdaptiveCardRenderer.Render(second)));
        Assert.DoesNotContain("q1", CardJson.Serialize(AdaptiveCardRenderer.Render(second)));
    }

    [Fact]
    public void Build_SameAnswerForTwoQuestions_SharesItsBlocksAndEachCarriesItsOwnQuestion()
    {
        var answer = new SopAnswer("what is R1", "R1 is the ticket type of a cleaner's second issue.", true,
            [new SopCitation("sop.md", "3-Strike Policy", "3-strike-policy", 3.5, "2nd Issue: R1")]);
        var section = Markup.Parse("2nd Issue: R1");

        var first = SopAnswerCard.Build(answer, "q1", section);
        var second = SopAnswerCard.Build(answer with { Question = "what's an R1?" }, "q2", section);
        var voted = SopAnswerCard.Build(answer, "q1", section, SopFeedback.Up);

        Assert.IsType<SharedBlocks>(first.Blocks);
        Assert.Same(first.Blocks, second.Blocks);
        var votes = second.Actions.OfType<VerbAction>().Select(a => a.Payload).ToList();
        Assert.All(votes, p => Assert.Equal(("q2", "what's an R1?"), (p[SopAnswerCard.QuestionIdKey], p[SopAnswerCard.QuestionKey])));
        Assert.Equal([.. first.Blocks, voted.Blocks[^1]], voted.Blocks);
        Assert.Contains("Thanks", Assert.IsType<Paragraph>(voted.Blocks[^1]).Text.ToPlainText());
    }

    [Fact]
    public void Build_AnswerWithoutStructure_ShowsItsText()
    {
        var answer = new OneJanitorial.Bot.Sop.Answers.SopAnswer("q", "R1 is the 2nd issue [1].", true, []);

        var view = SopAnswerCard.Build(answer, "q2", section: null);

        Assert.Equal("R1 is the 2nd issue [1].", Assert.IsType<Paragraph>(view.Blocks[0]).Text.ToPlainText());
    }

    [Fact]
    public void Build_TwoPassagesOfOneSection_SectionListedOnceAmongTheSources()
    {
        var strikes = new SopCitation("sop.md", "3-Strike Policy", "strikes", 3, "a");
        var answer = new SopAnswer("q", "Three strikes.", true, [new SopCitation("sop.md", "Step 2", "step-2", 4, "b"), strikes, strikes with { Text = "c" }]);

        var view = SopAnswerCard.Build(answer, "q3", section: null);

        var sources = view.Blocks.OfType<Facts>().Single().Items;
        Assert.Equal(["[1]", "[2]"], sources.Select(f => f.Label));
        Assert.Equal(["Step 2 (sop.md)", "3-Strike Policy (sop.md)"], sources.Select(f => f.Value));
    }
}
