using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The answer to "what bucket is this?" (Adaptive Cards 1.2): bucket, why, process steps, ticket note, sources.</summary>
public static class BucketResultCard
{
    public const string SourcesId = "bucket-sources";

    /// <param name="evidence">The words of the CSR's question the facts were read from, shown so the answer can be checked.</param>
    public static AdaptiveCard Build(BucketAdvice advice, IReadOnlyDictionary<BucketFact, string>? evidence = null)
    {
        var decision = advice.Decision;
        var body = new List<CardElement>
        {
            new TextBlock("What bucket is this?") { Size = "Small", IsSubtle = true },
            new TextBlock(advice.Title) { Weight = "Bolder", Size = "Medium", Spacing = "None" },
            new TextBlock(BucketWording.Reason(decision.Reason)),
        };
        if (evidence is { Count: > 0 })
        {
            body.Add(new TextBlock("From your question: " + string.Join(", ", evidence.Values.Select(w => $"\"{w}\""))) { IsSubtle = true, Size = "Small" });
        }
        if (decision.Assumed.Count > 0)
        {
            body.Add(new TextBlock("Not asked: " + string.Join("; ", decision.Assumed.Select(BucketWording.Assumption)) + ".") { IsSubtle = true, Size = "Small" });
        }
        body.AddRange(Steps(advice));
        body.Add(new Container([
            new TextBlock("Record in ticket notes") { Weight = "Bolder" },
            new TextBlock(BucketCards.TicketNote(decision.Bucket)) { Spacing = "None" },
            .. advice.NotesRule is null ? Array.Empty<CardElement>() : [new TextBlock(advice.NotesRule) { IsSubtle = true, Size = "Small" }],
        ]) { Style = "emphasis", Separator = true });
        var sources = advice.Citations.DistinctBy(c => c.Anchor).ToList();
        if (sources.Count > 0)
        {
            // Hidden until asked for: the long section paths would otherwise be a third of the card on a phone.
            body.Add(new Container([
                new TextBlock("Sources") { Weight = "Bolder", Size = "Small" },
                new FactSet([.. sources.Select((c, i) => new Fact($"[{i + 1}]", $"{c.Section} ({c.Document}#{c.Anchor})"))]),
            ]) { Id = SourcesId, IsVisible = false, Separator = true });
        }
        return new AdaptiveCard
        {
            FallbackText = $"{advice.Title}: {BucketCards.TicketNote(decision.Bucket)}",
            Body = body,
            Actions =
            [
                new SubmitAction("Start over", CardData.For(BucketCards.StartVerb)),
                .. sources.Count > 0 ? [new ToggleVisibilityAction($"Sources ({sources.Count})", [SourcesId])] : Array.Empty<CardAction>(),
            ],
        };
    }

    private static IEnumerable<CardElement> Steps(BucketAdvice advice)
    {
        if (!advice.FoundInManual)
        {
            yield return new TextBlock($"The knowledge base has no section for Bucket {advice.Decision.Bucket.Code()}, so its process steps can't be shown — ask your Service Manager.") { Color = "Warning", Separator = true };
            yield break;
        }
        yield return new TextBlock(advice.ProcessTitle) { Weight = "Bolder", Separator = true };
        yield return new TextBlock(string.Join("\n", advice.Steps.Select(s => "- " + s))) { Spacing = "None" };
    }
}
