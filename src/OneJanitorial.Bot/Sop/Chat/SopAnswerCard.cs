using System.Runtime.CompilerServices;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>The answer view: answer, sources, the full section on demand, 👍/👎.</summary>
public static class SopAnswerCard
{
    public const string QuestionIdKey = "questionId";
    public const string VoteKey = "vote";

    /// <summary>The question, carried by the vote buttons so a vote can be recorded without storing every answer.</summary>
    public const string QuestionKey = "question";

    /// <summary>The full section's detail (one per card, so the same id on every card).</summary>
    public const string SectionId = "sop-section";

    /// <param name="section">The best cited section in full, shown by the toggle; null (or empty) hides the toggle.</param>
    /// <param name="vote">The CSR's vote once given: the buttons give way to a thank-you line.</param>
    public static View Build(SopAnswer answer, string questionId, Markup? section, string? vote = null)
    {
        var blocks = Blocks(answer, section);
        return new View(answer.Body is null ? Markup.Parse(answer.Text).ToPlainText() : answer.Text)
        {
            Blocks = vote is null ? blocks : [.. blocks, new Paragraph(vote == SopFeedback.Up ? "Thanks — you found this helpful 👍" : "Thanks — noted as not helpful 👎; your Service Manager will review it.") { Style = TextStyle.Muted }],
            Actions = Actions(answer.Question, questionId, vote is null),
        };
    }

    /// <summary>
    /// The answer, its sources and the section: the same for every card giving this answer. A cached answer is handed out
    /// as a copy carrying the question as asked, sharing its body and citations, so its blocks (immutable, like every
    /// block) are built once while the answer is kept, and the Teams card body rendered from them once (<see cref="SharedBlocks"/>).
    /// </summary>
    private static IReadOnlyList<Block> Blocks(SopAnswer answer, Markup? section)
    {
        if (answer.Citations.Count == 0)
        {
            return Content(answer);
        }
        if (BlocksOf.TryGetValue(answer.Citations, out var kept)
            && ReferenceEquals(kept.Body, answer.Body) && ReferenceEquals(kept.Section, section) && string.Equals(kept.Text, answer.Text, StringComparison.Ordinal))
        {
            return kept.Blocks;
        }
        List<Block> blocks = [.. Content(answer), .. Sources(answer.Citations)];
        if (section is not null && HasText(section))
        {
            blocks.Add(new Detail(SectionId, [
                new Paragraph(answer.Citations[0].Section) { Style = TextStyle.Strong },
                new Paragraph(section),
            ]) { Emphasis = true });
            blocks.Add(new Buttons([new RevealAction("Show full section", SectionId) { HideTitle = "Show less" }]));
        }
        var built = new AnswerBlocks(answer.Body, answer.Text, section, new SharedBlocks(blocks));
        BlocksOf.AddOrUpdate(answer.Citations, built);
        return built.Blocks;
    }

    /// <summary>A representative answer (for previews and exports), independent of the knowledge base.</summary>
    public static View Sample()
    {
        const string row = "Strike: 2nd Issue\nTicket Type: R1\nAction Required: Formal review + possible onsite supervision + R1 Warning Template sent";
        var body = new SopAnswerBody(
            "The 3-strike policy applies within a 3-month rolling window across all buildings a cleaner services.",
            [
                new SopAnswerItem("1st Issue", "Ticket Type: New Concern; Action Required: Warning + full action plan + inspection report required + follow-up call"),
                new SopAnswerItem("2nd Issue", "Ticket Type: R1; Action Required: Formal review + possible onsite supervision + R1 Warning Template sent"),
                new SopAnswerItem("3rd+ Issue", "Ticket Type: Move to BCO; Action Required: Removal from the building. BCO process initiated. No exceptions."),
            ],
            [],
            new SopSource("3-Strike Policy — Cleaner Accountability", new DateOnly(2026, 11, 23)));
        var answer = SopAnswer.From(
            "explain the 3 strike policy",
            body,
            [new SopCitation("one-janitorial-csr-sop.md", "3-Strike Policy — Cleaner Accountability", "3-strike-policy--cleaner-accountability", 12.5, row)]);
        return Build(answer, "sample", Markup.Parse("The 3-strike policy applies within a 3-month rolling window across all buildings a cleaner services.\n\n" + row));
    }

    // Not blank (a bullet counts), read without copying the whole section into one string on every answer card.
    private static bool HasText(Markup markup) => markup.Lines.Any(l => l.Bullet || l.Spans.Any(s => !string.IsNullOrWhiteSpace(s.Text)));

    private static readonly ConditionalWeakTable<IReadOnlyList<SopCitation>, AnswerBlocks> BlocksOf = [];

    private sealed record AnswerBlocks(SopAnswerBody? Body, string Text, Markup? Section, SharedBlocks Blocks);

    private static Block[] Content(SopAnswer answer) =>
        answer.Body is { } structured ? Content(structured) : [new Paragraph(Markup.Parse(answer.Text))];

    private static Block[] Sources(IReadOnlyList<SopCitation> citations)
    {
        // Passages of one section are one source: listed once (an LLM answer's [n] already count sections).
        var sources = citations.DistinctBy(c => (c.Document, c.Section));
        return [
            new Divider(),
            new Paragraph("Sources") { Style = TextStyle.SmallStrong },
            new Facts([.. sources.Select((c, i) => new Fact($"[{i + 1}]", $"{c.Section} ({c.Document})"))]),
        ];
    }

    // The answer's own structure, as literal text (manual text is not markup): the lead sentence, a table as facts or a
    // list as bullets, further context, then the "SOP · section · reviewed date" line.
    private static Block[] Content(SopAnswerBody answer)
    {
        var content = new List<Block> { new Paragraph(answer.Lead) };
        foreach (var (heading, items) in answer.Groups())
        {
            if (heading is not null)
            {
                content.Add(new Paragraph(heading) { Style = TextStyle.Strong });
            }
            content.Add(items.All(i => i.Label is not null)
                ? new Facts([.. items.Select(i => new Fact(i.Label!, i.Text))])
                : new Paragraph(Markup.WithBullets(string.Join("\n", items.Select(i => "- " + i.Line)))));
        }
        content.AddRange(answer.More.Select(m => new Paragraph(m.Section is null ? m.Text : $"{m.Section}:\n{m.Text}")));
        content.Add(new Paragraph(answer.Source.ToString()) { Style = TextStyle.Muted });
        return [.. content];
    }

    private static List<ViewAction> Actions(string question, string questionId, bool canVote)
    {
        var actions = new List<ViewAction>();
        if (canVote)
        {
            actions.Add(new VerbAction("👍 Helpful", SopVerbs.Feedback) { Payload = Payload.Of((QuestionIdKey, questionId), (VoteKey, SopFeedback.Up), (QuestionKey, question)) });
            actions.Add(new VerbAction("👎 Not helpful", SopVerbs.Feedback) { Payload = Payload.Of((QuestionIdKey, questionId), (VoteKey, SopFeedback.Down), (QuestionKey, question)) });
        }
        return actions;
    }
}
