using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

/// <summary>The alternate questions (<c>*.questions.tsv</c>): read, checked against the documents' headings, reloaded and reported.</summary>
public sealed class AlternateQuestionsTests : IDisposable
{
    private const string Rules = "# Rules\n\n## Parking\n\nPark behind the building.\n\n## Keys\n\nKeys stay in the lockbox.\n\n## Cleaning\n\n### Floors\n\nMop daily.\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("sop-alternates-").FullName;

    [Fact]
    public void Read_PathsOfTheDocuments_KeepsTheirQuestionsAndReportsTheOtherLines()
    {
        var text = "# comment\n\nKeys\twhere do i leave the fob\r\nParking \t where do we park \nKeys › Spare\tspare key?\nno tab here\n";

        var read = AlternateQuestions.Read([("rules.questions.tsv", text)], new HashSet<string>(["Keys", "Parking"]));

        Assert.Equal([new AlternateQuestion("Keys", "where do i leave the fob"), new AlternateQuestion("Parking", "where do we park")], read.Questions);
        Assert.Equal([new UnmatchedAlternate("rules.questions.tsv", 5, "Keys › Spare"), new UnmatchedAlternate("rules.questions.tsv", 6, "no tab here")], read.Unmatched);
        Assert.Equal(2, read.SectionCount);
    }

    [Fact]
    public void Current_QuestionsFileBesideTheDocument_IsLoadedCheckedAgainstTheHeadingsAndNotIndexed()
    {
        File.WriteAllText(Path.Combine(_folder, "rules.md"), Rules);
        File.WriteAllText(Path.Combine(_folder, "rules.questions.tsv"), "Keys\twhere do i leave the fob\nAlarm\twhats the alarm code\nCleaning\twhat do we clean\n");
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(_folder));

        var snapshot = knowledge.Current;

        Assert.Equal(["rules.md"], snapshot.Documents);
        Assert.DoesNotContain(snapshot.Passages, p => p.Text.Contains("fob", StringComparison.Ordinal));
        // "Cleaning" has no body of its own: its questions stand for what is under it.
        Assert.Equal([new AlternateQuestion("Keys", "where do i leave the fob"), new AlternateQuestion("Cleaning", "what do we clean")], snapshot.Alternates.Questions);
        Assert.Equal([new UnmatchedAlternate("rules.questions.tsv", 2, "Alarm")], snapshot.Alternates.Unmatched);
    }

    [Fact]
    public void Reload_QuestionsFileEdited_ReadsItAgain()
    {
        File.WriteAllText(Path.Combine(_folder, "rules.md"), Rules);
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(_folder));
        Assert.Empty(knowledge.Current.Alternates.Questions);

        File.WriteAllText(Path.Combine(_folder, "rules.questions.tsv"), "Parking\twhere do we park\n");

        Assert.Equal([new AlternateQuestion("Parking", "where do we park")], knowledge.Reload().Alternates.Questions);
    }

    [Fact]
    public async Task WriteAsync_UnmatchedLines_AreListedWithFileAndLine()
    {
        var output = new StringWriter();
        var alternates = new AlternateQuestions([new AlternateQuestion("Keys", "fob?")], [new UnmatchedAlternate("rules.questions.tsv", 7, "Alarm")]);

        await KnowledgeStatus.WriteAsync([], 180, output, alternates);

        Assert.Contains("1 alternate question(s) for 1 section(s); 1 line(s) name no section with text", output.ToString());
        Assert.Contains("rules.questions.tsv:7  no section with text: \"Alarm\"", output.ToString());
    }

    [Fact]
    public void Manual_EveryAlternateQuestion_NamesASectionOfTheManual()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder));

        var alternates = knowledge.Current.Alternates;

        // A shipped question naming a heading with no text would be a warning at every start: Section 03's was lost by
        // the source page, so questions about the KPI targets name "KPIs — Performance Targets", where its table is.
        Assert.Empty(alternates.Unmatched);
        Assert.True(alternates.Questions.Count >= 500 && alternates.SectionCount >= 80);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
