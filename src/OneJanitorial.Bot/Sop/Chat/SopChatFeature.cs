using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>Catch-all for free-text questions: answers from the SOP with a card, and records 👍/👎 feedback.</summary>
public sealed class SopChatFeature(SopAnswerer answerer, SopFeedbackStore feedback, KnowledgeBase knowledge) : ChatFeature
{
    /// <summary>Runs after every other feature: any text nobody else claimed is an SOP question.</summary>
    public override int Order => 10_000;

    public override bool CanHandle(IncomingTurn turn) =>
        turn.Kind == TurnKind.Message && !string.IsNullOrWhiteSpace(turn.Text)
        || turn.Kind == TurnKind.CardAction && turn.Verb == SopAnswerCard.FeedbackVerb;

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        turn.Kind == TurnKind.CardAction
            ? VoteAsync(turn, output, cancellationToken)
            : AnswerAsync(turn, output, cancellationToken);

    private async Task AnswerAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var answer = await answerer.AnswerAsync(turn.Text!, cancellationToken);
        var questionId = await feedback.RecordAnswerAsync(answer, turn.User, cancellationToken);
        await output.SendAsync(BotMessage.WithCard(SopAnswerCard.Build(answer, questionId, SectionText(answer))), cancellationToken);
    }

    private async Task VoteAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var questionId = Field(turn.Data, SopAnswerCard.QuestionIdKey);
        var vote = Field(turn.Data, SopAnswerCard.VoteKey);
        if (questionId is null || vote is not (SopFeedback.Up or SopFeedback.Down))
        {
            await output.SendAsync(BotMessage.Plain("That feedback button is not valid any more."), cancellationToken);
            return;
        }
        var saved = await feedback.VoteAsync(questionId, vote, cancellationToken);
        if (saved is null)
        {
            await output.SendAsync(BotMessage.Plain("Thanks for the feedback."), cancellationToken);
            return;
        }
        var answer = new SopAnswer(saved.Question, saved.Answer, saved.Covered, saved.Citations);
        await output.ReplaceCardAsync(SopAnswerCard.Build(answer, questionId, SectionText(answer), vote), cancellationToken);
    }

    private string? SectionText(SopAnswer answer) =>
        answer.Citations.Count == 0 ? null : knowledge.Current.SectionText(answer.Citations[0].Document, answer.Citations[0].Anchor);

    private static string? Field(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
