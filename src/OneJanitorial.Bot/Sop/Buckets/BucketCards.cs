using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The "what bucket is this?" cards (Adaptive Cards 1.2, Teams mobile): one short question each, then the result.</summary>
public static class BucketCards
{
    public const string AnswerVerb = "bucket.answer";
    public const string StartVerb = "bucket.start";
    public const string AnswerKey = "answer";
    public const string CircumstanceInput = "circumstance";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Neither = "none";
    public const string Distance = "distance";
    public const string PersonalLife = "personal";

    public static AdaptiveCard Question(BucketState state)
    {
        var number = BucketRules.Order.Count(state.Facts.IsKnown) + 1;
        var body = new List<CardElement>
        {
            new TextBlock($"What bucket is this? · Question {number}") { Size = "Small", IsSubtle = true },
            new TextBlock(BucketWording.Question(state.Question)) { Weight = "Bolder" },
            new TextBlock(BucketWording.Hint(state.Question)) { IsSubtle = true, Spacing = "None" },
        };
        var known = Known(state.Facts);
        if (known.Count > 0)
        {
            body.Add(new FactSet(known) { Separator = true });
        }
        if (state.Question == BucketQuestion.Circumstances)
        {
            body.Add(new ChoiceSetInput([
                new Choice("Neither", Neither),
                new Choice("Distance / service area makes supervision unrealistic", Distance),
                new Choice("Personal-life issues with no workable plan", PersonalLife),
            ]) { Id = CircumstanceInput, Style = "compact", Value = Neither });
            return Card(body, [new SubmitAction("Next", CardData.For(AnswerVerb)), DialogActions.Back(), DialogActions.Cancel()], state);
        }
        return Card(body, [
            new SubmitAction("Yes", CardData.For(AnswerVerb, (AnswerKey, Yes))),
            new SubmitAction("No", CardData.For(AnswerVerb, (AnswerKey, No))),
            DialogActions.Back(),
            DialogActions.Cancel(),
        ], state);
    }

    /// <summary>The note a CSR records on the ticket: bucket number, sub-path for Bucket 3, next process.</summary>
    public static string TicketNote(IssueBucket bucket)
    {
        var code = bucket.Code();
        var number = code[..1];
        var subPath = code.Length > 1 ? $" · sub-path {code}" : "";
        return $"Bucket {number}{subPath} ({bucket.DisplayName()}) → next: Process {bucket.Process()}";
    }

    private static List<Fact> Known(BucketFacts facts) =>
        [.. BucketRules.Order.Where(facts.IsKnown).Select(q => new Fact(BucketWording.Label(q), Answer(facts, q) ? "Yes" : "No"))];

    private static bool Answer(BucketFacts facts, BucketQuestion question) => question switch
    {
        BucketQuestion.InScope => facts.InScope == true,
        BucketQuestion.BlamesClient => facts.BlamesClient == true,
        BucketQuestion.DoneDispute => facts.DoneDispute == true,
        BucketQuestion.CanExplainFix => facts.CanExplainFix == true,
        BucketQuestion.Circumstances => facts.DistanceProblem == true || facts.PersonalLifeNoPlan == true,
        _ => facts.HasConstraint == true,
    };

    private static AdaptiveCard Card(List<CardElement> body, List<CardAction> actions, BucketState state) => new()
    {
        FallbackText = "What bucket is this? " + BucketWording.Question(state.Question),
        Body = body,
        Actions = actions,
    };
}
