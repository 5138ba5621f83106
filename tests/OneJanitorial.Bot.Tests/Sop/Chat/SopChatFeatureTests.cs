using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Sop.Chat;

public sealed class SopChatFeatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 30, 0, TimeSpan.Zero);
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SopChatFeature _feature;
    private readonly SopFeedbackStore _feedback;
    private readonly Dictionary<string, string> _asked = [];

    public SopChatFeatureTests()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        _feedback = new SopFeedbackStore(_time, _store);
        _feature = new SopChatFeature(new SopAnswerCache(answerer, knowledge, Options.Create(new KnowledgeOptions())), _feedback, knowledge, _time);
    }

    [Fact]
    public async Task HandleAsync_Question_RepliesWithAnswerCardAndWritesNothing()
    {
        var output = new RecordingTurnOutput();
        var turn = Message("what is BCO+");

        await _feature.HandleAsync(turn, output, CancellationToken.None);

        var card = Assert.Single(Assert.Single(output.Sent).Cards);
        Assert.Equal("1.2", card.Version);
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text.Contains("Badge: BCO+"));
        var section = card.Body.OfType<Container>().First();
        Assert.False(section.IsVisible);
        // "Show full section" while hidden, "Show less" while shown: two toggles that swap with the section.
        var toggles = CardTree.Actions(card).OfType<ToggleVisibilityAction>().ToList();
        Assert.Equal(["Show full section", "Show less"], toggles.Select(t => t.Title));
        Assert.All(toggles, t => Assert.Equal([section.Id!, section.Id + "-show", section.Id + "-hide"], t.TargetElements));
        Assert.False(card.Body.OfType<Container>().Single(c => c.Id == section.Id + "-hide").IsVisible);
        var votes = card.Actions!.OfType<SubmitAction>().ToList();
        Assert.Equal(["up", "down"], votes.Select(v => (string)v.Data[SopAnswerCard.VoteKey]!));
        Assert.All(votes, v => Assert.Equal(SopVerbs.Feedback.Name, CardData.VerbOf(v.Data)));
        Assert.All(votes, v => Assert.Equal("what is BCO+", (string)v.Data[SopAnswerCard.QuestionKey]!));
        // A covered answer nobody voted on is not needed by the report: no write on the hot path.
        Assert.Empty(await _store.ListAsync("", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_QuestionNotCovered_RecordsItUnderItsQuestionId()
    {
        var questionId = await AskAsync("what's the wifi password");

        var stored = Assert.Single(await _feedback.ListAsync(CancellationToken.None));
        Assert.Equal((questionId, "what's the wifi password", false, null), (stored.QuestionId, stored.Question, stored.Covered, stored.Vote));
        Assert.Equal(Now.AddSeconds(1), stored.AskedAt);
    }

    [Fact]
    public async Task HandleAsync_ThumbsDown_StoresVoteAndReplacesCardWithoutButtons()
    {
        var questionId = await AskAsync("what is BCO+");
        var output = new RecordingTurnOutput();
        _time.Advance(TimeSpan.FromMinutes(2));
        var vote = Vote(questionId, "down");

        Assert.Contains(SopVerbs.Feedback, _feature.Verbs);
        await _feature.HandleAsync(vote, output, CancellationToken.None);

        var card = Assert.Single(output.Replaced);
        Assert.DoesNotContain(card.Actions!, a => a is SubmitAction);
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text.Contains("not helpful"));
        var saved = Assert.Single(await _feedback.ListAsync(CancellationToken.None));
        Assert.Equal(("down", Now.AddSeconds(121), "what is BCO+", "u1"), (saved.Vote, saved.VotedAt, saved.Question, saved.UserId));
        Assert.Equal(Now.AddSeconds(1), saved.AskedAt);
        Assert.NotEmpty(saved.Citations);
    }

    [Fact]
    public async Task FeedbackReport_ListsThumbsDownAndNotCoveredOnly()
    {
        await AskAsync("what's the wifi password");
        var good = await AskAsync("what is BCO+");
        var bad = await AskAsync("what's R1");
        await _feature.HandleAsync(Vote(good, "up"), new RecordingTurnOutput(), CancellationToken.None);
        await _feature.HandleAsync(Vote(bad, "down"), new RecordingTurnOutput(), CancellationToken.None);
        var report = new StringWriter();

        await SopCommands.WriteFeedbackReportAsync(_feedback, report, CancellationToken.None);

        var lines = report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2 question(s) answered badly or not covered", lines[0]);
        Assert.Contains("not covered", lines[1]);
        Assert.Contains("\"what's the wifi password\"", lines[1]);
        Assert.Contains("👎", lines[2]);
        Assert.Contains("\"what's R1\"", lines[2]);
    }

    [Fact]
    public void Sample_SerializesAsAdaptiveCard12WithToggleAndVotes()
    {
        var json = CardJson.Serialize(AdaptiveCardRenderer.Render(SopAnswerCard.Sample()));

        Assert.Contains("\"version\":\"1.2\"", json);
        Assert.Contains("\"type\":\"Action.ToggleVisibility\"", json);
        Assert.Contains("\"targetElements\":[\"sop-section\",\"sop-section-show\",\"sop-section-hide\"]", json);
        Assert.Contains("\"title\":\"Show less\"", json);
        Assert.Contains("\"verb\":\"sop.feedback\"", json);
        Assert.Contains("\"isVisible\":false", json);
    }

    [Fact]
    public void Routing_AnswersUnclaimedTextAndOwnsTheFeedbackAndAskVerbs()
    {
        Assert.True(_feature.AnswersUnclaimedText);
        Assert.False(_feature.ClaimsText(Message("what is BCO+")));
        Assert.Equal([SopVerbs.Feedback, SopVerbs.Ask], _feature.Verbs);
    }

    private async Task<string> AskAsync(string question)
    {
        var output = new RecordingTurnOutput();
        _time.Advance(TimeSpan.FromSeconds(1));
        await _feature.HandleAsync(Message(question), output, CancellationToken.None);
        var submit = output.Sent[0].Cards[0].Actions!.OfType<SubmitAction>().First();
        var questionId = (string)submit.Data[SopAnswerCard.QuestionIdKey]!;
        _asked[questionId] = question;
        return questionId;
    }

    private IncomingTurn Message(string text) =>
        new(TurnKind.Message, "msteams", "conv-1", new TurnUser("u1", "Dana"), text, null, _time.GetUtcNow());

    private IncomingTurn Vote(string questionId, string vote) =>
        new(TurnKind.ViewAction, "msteams", "conv-1", new TurnUser("u1", "Dana"), null,
            CardData.For(SopVerbs.Feedback.Name, (SopAnswerCard.QuestionIdKey, questionId), (SopAnswerCard.VoteKey, vote), (SopAnswerCard.QuestionKey, _asked[questionId])),
            _time.GetUtcNow());
}
