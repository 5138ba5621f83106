using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>The answer card (Adaptive Cards 1.2, Teams mobile): answer, sources, the full section on demand, 👍/👎.</summary>
public static class SopAnswerCard
{
    public const string FeedbackVerb = "sop.feedback";
    public const string QuestionIdKey = "questionId";
    public const string VoteKey = "vote";

    /// <summary>The question, carried by the vote buttons so a vote can be recorded without storing every answer.</summary>
    public const string QuestionKey = "question";

    /// <param name="sectionText">Full text of the best cited section, shown by the toggle; null hides the toggle.</param>
    /// <param name="vote">The CSR's vote once given: the buttons give way to a thank-you line.</param>
    public static AdaptiveCard Build(SopAnswer answer, string questionId, string? sectionText, string? vote = null)
    {
        var sectionId = "sop-section-" + questionId;
        var body = new List<CardElement> { new TextBlock(CardText.KeepLines(answer.Text)) };
        if (answer.Citations.Count > 0)
        {
            body.Add(new TextBlock("Sources") { Weight = "Bolder", Size = "Small", Separator = true });
            body.Add(new FactSet([.. answer.Citations.Select((c, i) => new Fact($"[{i + 1}]", $"{c.Section} ({c.Document})"))]));
        }
        var showSection = !string.IsNullOrWhiteSpace(sectionText) && answer.Citations.Count > 0;
        if (showSection)
        {
            body.Add(new Container([
                new TextBlock(answer.Citations[0].Section) { Weight = "Bolder" },
                new TextBlock(CardText.KeepLines(sectionText!)),
            ]) { Id = sectionId, IsVisible = false, Style = "emphasis" });
        }
        if (vote is not null)
        {
            body.Add(new TextBlock(vote == SopFeedback.Up ? "Thanks — you found this helpful 👍" : "Thanks — noted as not helpful 👎; your Service Manager will review it.") { IsSubtle = true });
        }
        return new AdaptiveCard
        {
            FallbackText = answer.Text,
            Body = body,
            Actions = Actions(answer.Question, questionId, sectionId, showSection, vote is null),
        };
    }

    /// <summary>A representative answer card (for card previews and exports), independent of the knowledge base.</summary>
    public static AdaptiveCard Sample()
    {
        const string row = "Strike: 2nd Issue\nTicket Type: R1\nAction Required: Formal review + possible onsite supervision + R1 Warning Template sent";
        var answer = new SopAnswer(
            "what's R1",
            "From **3-Strike Policy — Cleaner Accountability**:\n" + row,
            true,
            [new SopCitation("one-janitorial-csr-sop.md", "3-Strike Policy — Cleaner Accountability", "3-strike-policy--cleaner-accountability", 12.5, row)]);
        return Build(answer, "sample", "The 3-strike policy applies within a 3-month rolling window across all buildings a cleaner services.\n\n" + row);
    }

    private static List<CardAction> Actions(string question, string questionId, string sectionId, bool showSection, bool canVote)
    {
        var actions = new List<CardAction>();
        if (showSection)
        {
            actions.Add(new ToggleVisibilityAction("Show full section", [sectionId]));
        }
        if (canVote)
        {
            actions.Add(new SubmitAction("👍 Helpful", CardData.For(FeedbackVerb, (QuestionIdKey, questionId), (VoteKey, SopFeedback.Up), (QuestionKey, question))));
            actions.Add(new SubmitAction("👎 Not helpful", CardData.For(FeedbackVerb, (QuestionIdKey, questionId), (VoteKey, SopFeedback.Down), (QuestionKey, question))));
        }
        return actions;
    }
}
