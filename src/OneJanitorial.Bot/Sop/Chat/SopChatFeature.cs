using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>
/// Catch-all for free-text questions: answers from the SOP with a card, and records what the feedback report needs
/// (declines when answered; answers when voted 👍/👎, rebuilt from the question the vote button carries).
/// </summary>
public sealed class SopChatFeature(SopAnswerCache answerer, SopFeedbackStore feedback, KnowledgeBase knowledge, TimeProvider time) : ChatFeature
{
    /// <summary>Any text no other feature claims is an SOP question.</summary>
    public override bool AnswersUnclaimedText => true;

    public override IReadOnlyCollection<Verb> Verbs => [SopVerbs.Feedback, SopVerbs.Ask];

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        turn.Is(SopVerbs.Feedback)
            ? VoteAsync(turn, output, cancellationToken)
            : AnswerAsync(turn, output, cancellationToken);

    private async Task AnswerAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var question = turn.Kind == TurnKind.Message ? turn.Text : turn.DataText(OfferedAction.TextKey);
        if (string.IsNullOrWhiteSpace(question))
        {
            await output.SendAsync(BotMessage.Plain("That button has no question any more; type it again."), cancellationToken);
            return;
        }
        var answer = await answerer.AnswerAsync(question, cancellationToken);
        var questionId = feedback.NewQuestionId();
        if (!answer.Covered)
        {
            await feedback.SaveAsync(Record(questionId, answer, turn.User, vote: null), cancellationToken);
        }
        await output.SendAsync(BotMessage.WithView(SopAnswerCard.Build(answer, questionId, Section(answer))), cancellationToken);
    }

    private async Task VoteAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var questionId = turn.DataText(SopAnswerCard.QuestionIdKey);
        var vote = turn.DataText(SopAnswerCard.VoteKey);
        if (questionId is null || vote is not (SopFeedback.Up or SopFeedback.Down))
        {
            await output.SendAsync(BotMessage.Plain("That feedback button is not valid any more."), cancellationToken);
            return;
        }
        var saved = await feedback.VoteAsync(questionId, vote, cancellationToken)
            ?? await RecordVoteAsync(questionId, turn.DataText(SopAnswerCard.QuestionKey), vote, turn.User, cancellationToken);
        if (saved is null)
        {
            await output.SendAsync(BotMessage.Plain("Thanks for the feedback."), cancellationToken);
            return;
        }
        var answer = new SopAnswer(saved.Question, saved.Answer, saved.Covered, saved.Citations);
        await output.ReplaceCardAsync(SopAnswerCard.Build(answer, questionId, Section(answer), vote), cancellationToken);
    }

    /// <summary>A vote on an answer that was not stored: answers the question again and stores it with the vote.</summary>
    private async Task<SopFeedback?> RecordVoteAsync(string questionId, string? question, string vote, TurnUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question) || !feedback.IsAvailable)
        {
            return null;
        }
        var answer = await answerer.AnswerAsync(question, cancellationToken);
        var record = Record(questionId, answer, user, vote);
        await feedback.SaveAsync(record, cancellationToken);
        return record;
    }

    private SopFeedback Record(string questionId, SopAnswer answer, TurnUser user, string? vote)
    {
        var now = time.GetUtcNow();
        return new SopFeedback(questionId, answer.Question, answer.Text, answer.Covered, answer.Citations, user.Id, user.Name,
            SopFeedbackStore.AskedAtOf(questionId) ?? now, vote, vote is null ? null : now);
    }

    private Markup? Section(SopAnswer answer) =>
        answer.Citations.Count == 0 ? null : knowledge.Current.SectionMarkup(answer.Citations[0].Document, answer.Citations[0].Anchor);
}
