using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The answer to "what bucket is this?": bucket, why, process steps, ticket note, sources.</summary>
public static class BucketResultCard
{
    public const string SourcesId = "bucket-sources";

    /// <param name="evidence">The words of the CSR's question the facts were read from, shown so the answer can be checked.</param>
    public static View Build(BucketAdvice advice, IReadOnlyDictionary<BucketFact, string>? evidence = null)
    {
        var decision = advice.Decision;
        var blocks = new List<Block>
        {
            new Paragraph("What bucket is this?") { Style = TextStyle.Caption },
            new Paragraph(advice.Title) { Style = TextStyle.Heading, Tight = true },
            new Paragraph(BucketWording.Reason(decision.Reason)),
        };
        if (evidence is { Count: > 0 })
        {
            blocks.Add(new Paragraph("From your question: " + string.Join(", ", evidence.Values.Select(w => $"\"{w}\""))) { Style = TextStyle.Caption });
        }
        if (decision.Assumed.Count > 0)
        {
            blocks.Add(new Paragraph("Not asked: " + string.Join("; ", decision.Assumed.Select(BucketWording.Assumption)) + ".") { Style = TextStyle.Caption });
        }
        blocks.AddRange(Steps(advice));
        blocks.Add(new Divider());
        blocks.Add(new Section([
            new Paragraph("Record in ticket notes") { Style = TextStyle.Strong },
            new Paragraph(BucketCards.TicketNote(decision.Bucket)) { Tight = true },
            .. advice.NotesRule is null ? Array.Empty<Block>() : [new Paragraph(advice.NotesRule) { Style = TextStyle.Caption }],
        ]) { Emphasis = true });
        var sources = advice.Citations.DistinctBy(c => c.Anchor).ToList();
        if (sources.Count > 0)
        {
            // Hidden until asked for: the long section paths would otherwise be a third of the view on a phone.
            blocks.Add(new Divider());
            blocks.Add(new Detail(SourcesId, [
                new Paragraph("Sources") { Style = TextStyle.SmallStrong },
                new Facts([.. sources.Select((c, i) => new Fact($"[{i + 1}]", $"{c.Section} ({c.Document}#{c.Anchor})"))]),
            ]));
        }
        return new View($"{advice.Title}: {BucketCards.TicketNote(decision.Bucket)}")
        {
            Blocks = blocks,
            Actions =
            [
                new VerbAction("Start over", BucketVerbs.Start),
                .. sources.Count > 0 ? [new RevealAction($"Sources ({sources.Count})", SourcesId)] : Array.Empty<ViewAction>(),
            ],
        };
    }

    private static IEnumerable<Block> Steps(BucketAdvice advice)
    {
        yield return new Divider();
        if (!advice.FoundInManual)
        {
            yield return new Paragraph($"The knowledge base has no section for Bucket {advice.Decision.Bucket.Code()}, so its process steps can't be shown — ask your Service Manager.") { Tone = Tone.Warning };
            yield break;
        }
        yield return new Paragraph(advice.ProcessTitle) { Style = TextStyle.Strong };
        yield return new Paragraph(Markup.Parse(string.Join("\n", advice.Steps.Select(s => "- " + s)))) { Tight = true };
    }
}
