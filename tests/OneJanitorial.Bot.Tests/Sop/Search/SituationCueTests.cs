using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class SituationCueTests
{
    private static readonly Passage Constraint = new(0, "sop.md", "SOP", ["Framework", "Bucket 2: Constraint"], "bucket-2", "There is an identifiable constraint: supplies, staffing.");
    private static readonly Passage UrgentRow = new(1, "sop.md", "SOP", ["Step 3", "Priority"], "priority", "Priority: Urgent\nDefinition: Missed cleans, unlocked doors.") { IsTableRow = true };
    private static readonly Passage LowRow = new(2, "sop.md", "SOP", ["Step 3", "Priority"], "priority", "Priority: Low\nDefinition: General questions.") { IsTableRow = true };
    private static readonly Passage Reviews = new(3, "sop.md", "SOP", ["Reviews"], "reviews", "Ask for a review when the client confirms satisfaction.");

    private static readonly IReadOnlyList<SituationCue> Cues =
    [
        new("bucket 2: constraint", ["the cleaner ran out of supplies", "short staffed"]),
        new("Priority", ["nobody came to clean"], "Urgent"),
        new("Priority", ["a question with no rush"]),
    ];

    [Fact]
    public void For_PassageUnderTheHeading_GetsItsCuesWhateverTheCase() =>
        Assert.Equal("the cleaner ran out of supplies\nshort staffed", SituationCue.For(Constraint, Cues));

    [Fact]
    public void For_TableRow_GetsOnlyTheCuesOfItsLabel()
    {
        Assert.Equal("nobody came to clean", SituationCue.For(UrgentRow, Cues));
        Assert.Equal("", SituationCue.For(LowRow, Cues));
    }

    [Fact]
    public void For_OtherHeading_GetsNothing() => Assert.Equal("", SituationCue.For(Reviews, Cues));

    [Fact]
    public void Glossary_Parse_ReadsTheSituations()
    {
        var glossary = Glossary.Parse("""{"terms":[],"situations":[{"section":"Priority","row":"Urgent","cues":["nobody came to clean"]}]}""");

        var cue = Assert.Single(glossary.Situations);
        Assert.Equal(("Priority", "Urgent", "nobody came to clean"), (cue.Section, cue.Row, cue.Cues[0]));
    }

    [Fact]
    public void Index_CueWordTheManualUses_IsNotACueTerm()
    {
        using var index = new SopIndex([Constraint, Reviews], situations: Cues);

        Assert.True(index.PassageCueHasTerm(0, "ran"));
        Assert.False(index.PassageCueHasTerm(0, index.Analyze("supplies")[0]));
        Assert.False(index.PassageCueHasTerm(1, "ran"));
    }

    [Fact]
    public void Query_WordOnlyACueExplains_IsExplainedByThatPassageOnly()
    {
        using var index = new SopIndex([Constraint, Reviews], situations: Cues);
        var query = new SopQuery("the cleaner ran out of supplies", index, Glossary.Empty);

        Assert.True(query.UnknownShare > 0);
        Assert.Equal(0, query.UnknownShareAfterCues([0]));
        Assert.Equal(query.UnknownShare, query.UnknownShareAfterCues([1]));
        Assert.True(query.Coverage(0, withCues: true) > query.Coverage(0));
        Assert.Equal(1, query.Coverage(0, withCues: true));
    }
}
