using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Tests.Sop.Ingestion;

public sealed class PassageBuilderTests
{
    [Fact]
    public void Build_TableRows_AreOnePassageEachWithColumnNames()
    {
        var parsed = new ParsedDocument("Manual", [
            new HeadingElement(2, "3-Strike Policy"),
            new TableElement(["Strike", "Ticket Type"], [["1st Issue", "New Concern"], ["2nd Issue", "R1"]]),
        ]);

        var passages = PassageBuilder.Build("sop.md", parsed);

        Assert.Equal(["Strike: 1st Issue\nTicket Type: New Concern", "Strike: 2nd Issue\nTicket Type: R1"], passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.Equal("3-strike-policy", p.Anchor));
    }

    [Fact]
    public void Build_HeadingPath_NestsAndAnchorsAreUnique()
    {
        var parsed = new ParsedDocument(null, [
            new HeadingElement(1, "Manual"),
            new HeadingElement(2, "Core Theory 1"),
            new HeadingElement(3, "Failure Signs"),
            new ParagraphElement("Spike in tickets."),
            new HeadingElement(2, "Core Theory 2"),
            new HeadingElement(3, "Failure Signs"),
            new ParagraphElement("Vague notes."),
        ]);

        var passages = PassageBuilder.Build("sop.md", parsed);

        Assert.Equal("Manual", passages[0].DocumentTitle);
        Assert.Equal(["Core Theory 1", "Failure Signs"], passages[0].SectionPath);
        Assert.Equal(["Core Theory 2", "Failure Signs"], passages[1].SectionPath);
        Assert.Equal("failure-signs", passages[0].Anchor);
        Assert.Equal("failure-signs-1", passages[1].Anchor);
        Assert.Equal("Core Theory 2 › Failure Signs", passages[1].Section);
    }

    [Fact]
    public void Build_LeadInParagraph_StaysWithItsList()
    {
        var parsed = new ParsedDocument("Manual", [
            new HeadingElement(2, "Step 1B"),
            new ParagraphElement("Use when:"),
            new ListElement(["Checklist = NO", "Client asks for extra"]),
        ]);

        var passage = Assert.Single(PassageBuilder.Build("sop.md", parsed));

        Assert.Equal("Use when:\n- Checklist = NO\n- Client asks for extra", passage.Text);
    }

    [Fact]
    public void Build_LongSection_IsCutAtBlockBoundaries()
    {
        var paragraph = new string('x', PassageBuilder.MaxPassageLength / 2 + 10);
        var parsed = new ParsedDocument("Manual", [new HeadingElement(2, "Coaching"), new ParagraphElement(paragraph), new ParagraphElement(paragraph)]);

        var passages = PassageBuilder.Build("sop.md", parsed);

        Assert.Equal(2, passages.Count);
        Assert.Equal([0, 1], passages.Select(p => p.Id));
    }

    [Fact]
    public void Slug_GitHubStyle()
    {
        Assert.Equal("step-4--master-note--pin-to-top-of-ticket", Slug.From("Step 4 — Master Note — Pin to Top of Ticket"));
    }
}
