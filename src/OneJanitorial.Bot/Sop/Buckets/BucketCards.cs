using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The "what bucket is this?" views: one short question each, then the result.</summary>
public static class BucketCards
{
    public const string AnswerKey = "answer";
    public const string CircumstanceInput = "circumstance";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Neither = "none";
    public const string Distance = "distance";
    public const string PersonalLife = "personal";

    public static View Question(BucketState state)
    {
        var number = BucketRules.Order.Count(state.Facts.IsKnown) + 1;
        var blocks = new List<Block>
        {
            new Paragraph($"What bucket is this? · Question {number}") { Style = TextStyle.Caption },
            new Paragraph(BucketWording.Question(state.Question)) { Style = TextStyle.Strong },
            new Paragraph(BucketWording.Hint(state.Question)) { Style = TextStyle.Muted, Tight = true },
        };
        var known = Known(state.Facts);
        if (known.Count > 0)
        {
            blocks.Add(new Divider());
            blocks.Add(new Facts(known));
        }
        if (state.Question == BucketQuestion.Circumstances)
        {
            blocks.Add(new FormField(CircumstanceInput, FieldKind.Choice, null)
            {
                Options =
                [
                    new Option("Neither", Neither),
                    new Option("Distance / service area makes supervision unrealistic", Distance),
                    new Option("Personal-life issues with no workable plan", PersonalLife),
                ],
                Value = Neither,
            });
            return View(blocks, [new VerbAction("Next", BucketVerbs.Answer) { Intent = Intent.Primary }, DialogActions.Back(), DialogActions.Cancel()], state);
        }
        return View(blocks, [
            new VerbAction("Yes", BucketVerbs.Answer) { Payload = Payload.Of((AnswerKey, Yes)) },
            new VerbAction("No", BucketVerbs.Answer) { Payload = Payload.Of((AnswerKey, No)) },
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

    private static View View(List<Block> blocks, List<ViewAction> actions, BucketState state) =>
        new("What bucket is this? " + BucketWording.Question(state.Question)) { Blocks = blocks, Actions = actions };
}
