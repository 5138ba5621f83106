using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapTemplateTests
{
    private static Task<Recap> WriteAsync(RecapFacts facts) =>
        new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance).WriteAsync(facts, CancellationToken.None);

    [Fact]
    public async Task WriteAsync_NoModel_FourHeadingsInOrderBetweenGreetingAndSignOff()
    {
        var recap = await WriteAsync(RecapSamples.R1());

        Assert.Equal(RecapGenerator.Template, recap.Generator);
        var lines = recap.Body.Split('\n');
        var headingLines = RecapHeadings.All.Select(h => Array.IndexOf(lines, h)).ToArray();
        Assert.All(headingLines, i => Assert.True(i > 0));
        Assert.Equal(headingLines.Order(), headingLines);
        Assert.StartsWith("Hi Maria,", recap.Body);
        Assert.Contains("reply \"Agreed\" to this email before end of day", recap.Body);
        Assert.EndsWith("Sam Carter\nOne Janitorial Client Service\n", recap.Body);
        Assert.Equal("maria@sparkle-cleaning.example", recap.To);
    }

    [Fact]
    public async Task WriteAsync_R1Ticket_StatesFactsInTheirSections()
    {
        var recap = await WriteAsync(RecapSamples.R1());

        Assert.Contains("On Monday, March 9, 2026, Northwind Dental reported", recap.Sections.Issue);
        Assert.Contains("- Restroom mirrors left streaky", recap.Sections.Issue);
        Assert.Contains("- WHO: Maria Lopez (partner) personally", recap.Sections.ActionPlan);
        Assert.Contains("Tuesday, March 10, 2026", recap.Sections.ActionPlan);
        Assert.Contains("at least 5 photos of each area", recap.Sections.ActionPlan);
        Assert.Contains("Wednesday, March 11, 2026 at 10:00 AM Eastern Daylight Time", recap.Sections.ActionPlan);
        Assert.Contains("- Clean mirrors streak-free", recap.Sections.Checklist);
        Assert.Contains("Full checklist: https://onejanitorial.example/checklists/northwind-maple", recap.Sections.Checklist);
        Assert.Contains("Northwind Dental", recap.Subject);
    }

    [Theory]
    [InlineData(1, "This is your 1st issue in 3 months. It is a warning")]
    [InlineData(2, "This is your 2nd issue in 3 months. This is a formal review")]
    [InlineData(3, "This is your 3rd issue in 3 months. A 3rd issue within 3 months results in removal from the building: the BCO process is initiated")]
    [InlineData(4, "This is your 4th issue in 3 months. A 3rd issue within 3 months results in removal from the building: the BCO process is initiated")]
    public async Task WriteAsync_Strike_StatesStrikeAndConsequence(int strike, string expected)
    {
        var recap = await WriteAsync(RecapSamples.R1(t => t with { StrikeNumber = strike }));

        Assert.Contains(expected, recap.Sections.ThreeStrikePolicy);
        Assert.Contains("removal from the building", recap.Sections.ThreeStrikePolicy);
    }

    [Fact]
    public async Task WriteAsync_NoChecklistLinkNoCsr_OmitsLinkAndSignsAsTeam()
    {
        var recap = await WriteAsync(RecapSamples.R1(t => t with { Csr = null, Note = t.Note with { ChecklistLink = null } }));

        Assert.DoesNotContain("Full checklist", recap.Body);
        Assert.EndsWith("One Janitorial Client Service Team\n", recap.Body);
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(22, "22nd")]
    public void Ordinal_Number_UsesEnglishSuffix(int number, string expected) =>
        Assert.Equal(expected, RecapFactSheet.Ordinal(number));

    [Fact]
    public async Task WriteAsync_NamesWithDirectionOverrides_SubjectBodyAndSectionsWithout()
    {
        var recap = await WriteAsync(RecapSamples.R1(t => t with { Client = "\u202ENorthwind\u202C Dental\0", Building = "Maple\u2066 Street Clinic", Csr = "Sam\u200F Carter" }));

        Assert.Contains("Northwind Dental – Maple Street Clinic", recap.Subject);
        Assert.Contains("Northwind Dental reported", recap.Body);
        Assert.EndsWith("Sam Carter\nOne Janitorial Client Service\n", recap.Body);
        Assert.DoesNotContain(recap.Subject + recap.Body + string.Concat(recap.Sections.InOrder().Select(s => s.Text)), VisibleText.IsHidden);
    }
}
