using Microsoft.Extensions.Hosting;
using Moq;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Sop.Knowledge;

public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);
    private readonly string _folder = Directory.CreateTempSubdirectory("sop-knowledge-").FullName;

    [Fact]
    public void Current_Manual_KeepsRestoredHeadingsTablesAndGlossary()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder));

        var snapshot = knowledge.Current;

        Assert.Equal(["one-janitorial-csr-sop.md"], snapshot.Documents);
        Assert.Contains(snapshot.Passages, p => p.SectionPath.FirstOrDefault() == "Framework — The 3-Bucket System" && p.Section.Contains("Bucket 3B: Expectation dispute (Process 5B)"));
        Assert.Contains(snapshot.Passages, p => p.Section == "Step 4 — Master Note — Pin to Top of Ticket" && p.Text.Contains("Bucket 1: Incapability/Attitude | Bucket 2: Constraint | Bucket 3A/B"));
        Assert.Contains(snapshot.Glossary.Entries, e => e.Term == "BCO+");
        Assert.All(snapshot.Passages, p => Assert.Equal("One Janitorial — Client Service Representative (CSR) SOP", p.DocumentTitle));
    }

    [Fact]
    public void SectionMarkup_AskedTwice_IsOneParsedInstanceOfTheSectionText()
    {
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(SopFixture.ManualFolder));
        var passage = knowledge.Current.Passages.First(p => p.Section == "Step 4 — Master Note — Pin to Top of Ticket");

        var markup = knowledge.Current.SectionMarkup(passage.Document, passage.Anchor);

        Assert.Same(markup, knowledge.Current.SectionMarkup(passage.Document, passage.Anchor));
        Assert.Equal(Markup.Parse(knowledge.Current.SectionText(passage.Document, passage.Anchor)).ToPlainText(), markup.ToPlainText());
        Assert.Contains("Bucket 1: Incapability/Attitude", markup.ToPlainText());
    }

    [Fact]
    public void Current_EveryFormatInOneFolder_IndexesAllDocuments()
    {
        File.Copy(SopFixture.TestData("Sop", "client-docs", "generic-customer-service-sop.txt"), Path.Combine(_folder, "generic.txt"));
        File.WriteAllText(Path.Combine(_folder, "rules.md"), "# Rules\n\n## Parking\n\nPark behind the building.\n");
        File.WriteAllText(Path.Combine(_folder, "page.html"), "<h2>Escalation</h2><p>Escalate disputes to the Operations Manager.</p>");
        File.WriteAllBytes(Path.Combine(_folder, "rules.docx"), Ingestion.DocumentReaderTests.BuildDocx());
        File.WriteAllBytes(Path.Combine(_folder, "rules.pdf"), Ingestion.DocumentReaderTests.BuildPdf());
        File.WriteAllText(Path.Combine(_folder, "notes.json"), "{}");
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(_folder));

        var snapshot = knowledge.Current;

        Assert.Equal(["generic.txt", "page.html", "rules.docx", "rules.md", "rules.pdf"], snapshot.Documents);
        Assert.Contains(snapshot.Passages, p => p.Document == "generic.txt" && p.Text.Contains("within 48 hours"));
        Assert.Contains(snapshot.Passages, p => p.Document == "page.html" && p.Section == "Escalation");
        Assert.Contains(snapshot.Passages, p => p.Document == "rules.docx" && p.Text == "Priority: Urgent\nDefinition: Missed cleans");
        Assert.Contains(snapshot.Passages, p => p.Document == "rules.pdf" && p.Section == "Reviews");
    }

    [Fact]
    public void Current_CorruptFile_IsLeftOutAndTheRestIndexed()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.docx"), "this is not a zip package");
        File.WriteAllText(Path.Combine(_folder, "good.md"), "# Good\n\n## Parking\n\nPark behind the building.\n");
        using var knowledge = SopFixture.Knowledge(SopFixture.Options(_folder));

        Assert.Equal(["good.md"], knowledge.Current.Documents);
    }

    [Fact]
    public async Task Reloaded_FileAddedAndEdited_ReindexesWithoutRestart()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# A\n\n## Parking\n\nPark behind the building.\n");
        var options = SopFixture.Options(_folder);
        options.Watch = true;
        options.ReloadDebounceMilliseconds = 50;
        using var knowledge = SopFixture.Knowledge(options);
        Assert.Single(knowledge.Current.Documents);

        // Editors and File.WriteAllText raise several events (create, then write); wait for the snapshot with the content.
        var added = NextReload(knowledge, s => s.Passages.Any(p => p.Text.Contains("two weeks")));
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# B\n\n## Vacation\n\nBook vacation two weeks ahead.\n");
        var afterAdd = await added.WaitAsync(EventTimeout);

        var edited = NextReload(knowledge, s => s.Passages.Any(p => p.Text.Contains("three weeks")));
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# B\n\n## Vacation\n\nBook vacation three weeks ahead.\n");
        var afterEdit = await edited.WaitAsync(EventTimeout);

        Assert.Equal(["a.md", "b.md"], afterAdd.Documents);
        Assert.DoesNotContain(afterEdit.Passages, p => p.Text.Contains("two weeks"));
        Assert.Contains(knowledge.Current.Passages, p => p.Text.Contains("three weeks"));
    }

    [Fact]
    public void Validator_MissingPath_FailsWithThePath()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_folder);

        var result = new KnowledgeOptionsValidator(environment.Object).Validate(null, new KnowledgeOptions { Paths = ["no-such-folder"] });

        Assert.True(result.Failed);
        Assert.Contains(Path.Combine(_folder, "no-such-folder"), result.FailureMessage);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<KnowledgeSnapshot> NextReload(KnowledgeBase knowledge, Func<KnowledgeSnapshot, bool> done)
    {
        var reloaded = new TaskCompletionSource<KnowledgeSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        knowledge.Reloaded += snapshot =>
        {
            if (done(snapshot))
            {
                reloaded.TrySetResult(snapshot);
            }
        };
        knowledge.ReloadFailed += e => reloaded.TrySetException(e);
        return reloaded.Task;
    }
}
