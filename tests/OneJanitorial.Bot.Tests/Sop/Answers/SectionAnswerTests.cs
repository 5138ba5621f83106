using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class SectionAnswerTests
{
    private static readonly IReadOnlyList<Passage> Manual =
    [
        new(0, "sop.md", "SOP", ["Buckets"], "buckets", "Every issue goes in one bucket."),
        new(1, "sop.md", "SOP", ["Buckets", "Bucket 1"], "bucket-1", "Use when:\n- The cleaner cannot fix it\n- The cleaner blames the client"),
        new(2, "sop.md", "SOP", ["Buckets", "Bucket 1", "Steps"], "steps", "- Ask how they will fix it\n- Start removal"),
        new(3, "sop.md", "SOP", ["Buckets", "Bucket 2"], "bucket-2", "Use when: the cleaner lacks supplies."),
        new(4, "sop.md", "SOP", ["Buckets", "Bucket 2", "Steps"], "steps-2", "- Order supplies\n- Set a date"),
    ];

    [Theory]
    [InlineData(new[] { "Bucket 1", "Bucket 2" }, new[] { "Buckets" })]
    [InlineData(new[] { "Bucket 1" }, new[] { "Buckets", "Bucket 1" })]
    public void Pick_WholeAskHitInASubsectionOfANamedSection_ThatSectionOrWithANamedSiblingTheirParent(string[] asked, string[] expected)
    {
        // The hit is a subsection ("Steps") of the section the question names ("Bucket 1"); a question naming its
        // sibling as well ("Bucket 2") asks for both, so their parent.
        double Named(string heading) => (double)asked.Count(heading.Contains) / asked.Length;

        var picked = SectionAnswer.Pick([new SopHit(Manual[2], 1, 1)], Manual, askedForWhole: true, Named);

        Assert.NotNull(picked);
        Assert.Equal(expected, picked.Value.Path);
    }

    [Fact]
    public void Pick_WholeAskNamingTwoHeadingsEqually_TheBestScoredHitsSection()
    {
        // The second hit was moved first to lead a single-fact answer; the search scored the other better.
        double Named(string heading) => heading.EndsWith("Steps", StringComparison.Ordinal) ? 0.5 : 0;

        var picked = SectionAnswer.Pick([new SopHit(Manual[2], 0.10, 1), new SopHit(Manual[4], 0.12, 1)], Manual, askedForWhole: true, Named);

        // Before, the first hit's section was answered whatever the scores.
        Assert.NotNull(picked);
        Assert.Equal(["Buckets", "Bucket 2", "Steps"], picked.Value.Path);
    }

    [Fact]
    public void Pick_WholeAskNamingATableByItsLabelColumn_AnswersTheTablesSection()
    {
        // The table sits under a heading that does not name it ("Fields"); its label column ("Priority") does.
        var note = new Passage(10, "sop.md", "SOP", ["Master Note"], "master-note", "Field: Issue\nWhat to Enter: A summary");
        var urgent = new Passage(11, "sop.md", "SOP", ["Ticket", "Fields"], "fields", "Priority: Urgent\nDefinition: Missed cleans") { IsTableRow = true };
        double Named(string heading) => heading.Contains("Priority", StringComparison.Ordinal) ? 0.5 : 0;

        var picked = SectionAnswer.Pick([new SopHit(note, 1, 1), new SopHit(urgent, 0.5, 1)], [note, urgent], askedForWhole: true, Named);

        // Before, no heading named the question and the first hit's section (the master note) was answered.
        Assert.NotNull(picked);
        Assert.Equal(["Ticket", "Fields"], picked.Value.Path);
        Assert.Equal("Ticket › Fields Priority", SectionAnswer.Heading(urgent));
    }

    [Fact]
    public void Pick_HitTellsWhenItsSectionApplies_AnswersThatSectionWithWhatToDo()
    {
        // Before, a "Use when" hit was quoted alone: the steps to take (its subsection) never showed.
        var picked = SectionAnswer.Pick([new SopHit(Manual[1], 1, 1), new SopHit(Manual[3], 0.5, 1)], Manual, askedForWhole: false, _ => 0);

        Assert.NotNull(picked);
        Assert.Equal(["Buckets", "Bucket 1"], picked.Value.Path);
        Assert.Contains("- Start removal", SectionAnswer.Build(Manual, "sop.md", picked.Value.Path, "The cleaner blames the client").Render());
    }

    [Fact]
    public void Pick_HitIsAPlainParagraph_NoSection()
    {
        var picked = SectionAnswer.Pick([new SopHit(Manual[0], 1, 1), new SopHit(Manual[3], 0.5, 1)], Manual, askedForWhole: false, _ => 0);

        Assert.Null(picked);
    }

    [Fact]
    public void Build_LeadAndAnOpeningThatOnlyLabelsTheList_TheLabelHeadsTheItems()
    {
        var body = SectionAnswer.Build(Manual, "sop.md", ["Buckets", "Bucket 1"], "The cleaner blames the client");

        var text = body.Render();

        Assert.StartsWith("The cleaner blames the client\n\nUse when:\n- The cleaner cannot fix it\n- The cleaner blames the client\n\nSteps:\n- Ask how they will fix it", text);
        Assert.DoesNotContain("Use when:\n\nSOP", text);
    }

    [Fact]
    public void Cite_WholeSectionOfSubsections_HoldsTheirHeadingsAsTheAnswerShowsThem()
    {
        // A template whose text the manual lost is known only by its heading: the citation names it as the answer does.
        IReadOnlyList<Passage> templates =
        [
            new(20, "sop.md", "SOP", ["Email Templates"], "email-templates", "All templates must be personalized before sending."),
            new(21, "sop.md", "SOP", ["Email Templates", "Template C — General Inquiry / Question (Client)"], "template-c", "Lost in the source."),
            new(22, "sop.md", "SOP", ["Email Templates", "Template E — Feedback Check-In"], "template-e", "Schedule this email to send at 8:00 AM."),
        ];
        var body = SectionAnswer.Build(templates, "sop.md", ["Email Templates"], null);

        var citation = SectionAnswer.Cite(body, "sop.md", templates, ["Email Templates"], 1);

        // Before, the citation held the items' lines only, without the subsection each sits in.
        Assert.Equal("All templates must be personalized before sending.\nTemplate C — General Inquiry / Question (Client):\n- Lost in the source."
            + "\nTemplate E — Feedback Check-In:\n- Schedule this email to send at 8:00 AM.", citation.Text);
        Assert.Equal("Email Templates", citation.Section);
    }
}
