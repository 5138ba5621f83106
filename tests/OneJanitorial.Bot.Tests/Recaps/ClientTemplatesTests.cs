using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class ClientTemplatesTests
{
    private static readonly ClientTemplates Templates = new(RecapSamples.Prompts);

    private static readonly ClientEmailFacts Full = new("Priya", "Maple Street Clinic")
    {
        CsrName = "Sam Carter",
        Issue = ["Trash in the break room was not emptied"],
        NextCleanDate = new DateOnly(2026, 3, 10),
        CorrectionDate = new DateOnly(2026, 3, 10),
        Answer = "Your new alarm code has been passed to your cleaner.",
    };

    [Theory]
    [InlineData(ClientTemplate.A, "I'm really sorry to hear")]
    [InlineData(ClientTemplate.B, "could you share a bit more detail?")]
    [InlineData(ClientTemplate.C, "Your new alarm code has been passed to your cleaner.")]
    [InlineData(ClientTemplate.D, "the correction was completed on Tuesday, March 10, 2026")]
    [InlineData(ClientTemplate.E, "after your clean on Tuesday, March 10, 2026")]
    public void Render_EachTemplate_FillsEveryPlaceholder(ClientTemplate template, string expected)
    {
        var email = Templates.Render(template, Full);

        Assert.Contains(expected, email.Body);
        Assert.StartsWith("Hi Priya,", email.Body);
        Assert.EndsWith("Sam Carter\nOne Janitorial Client Service\n", email.Body);
        Assert.Contains("Maple Street Clinic", email.Subject);
        Assert.DoesNotContain("{{", email.Subject + email.Body);
    }

    [Fact]
    public void Render_TemplateAWithoutNextClean_FailsNamingTheField()
    {
        var error = Assert.Throws<PromptException>(() => Templates.Render(ClientTemplate.A, Full with { NextCleanDate = null }));

        Assert.Contains("{{nextCleanDate}}", error.Message);
    }

    [Fact]
    public void Render_NoReviewRequestOrCredit_InAnyTemplate()
    {
        foreach (var template in Enum.GetValues<ClientTemplate>())
        {
            var body = Templates.Render(template, Full).Body;
            Assert.DoesNotContain("$25", body);
            Assert.DoesNotContain("Google", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(ClientTemplate.A)]
    [InlineData(ClientTemplate.B)]
    [InlineData(ClientTemplate.C)]
    [InlineData(ClientTemplate.D)]
    [InlineData(ClientTemplate.E)]
    public void Render_FactsWithDirectionOverrides_SubjectAndBodyWithout(ClientTemplate template)
    {
        var facts = Full with
        {
            ClientFirstName = "\u202EPriya", Building = "Maple \u202EStreet\u202C Clinic", CsrName = "Sam\u2067 Carter",
            Issue = ["Trash\u202E not emptied"], Answer = "Code\u0007 passed on.",
        };

        var email = Templates.Render(template, facts);

        Assert.Contains("Maple Street Clinic", email.Subject);
        Assert.StartsWith("Hi Priya,", email.Body);
        Assert.EndsWith("Sam Carter\nOne Janitorial Client Service\n", email.Body);
        Assert.DoesNotContain(email.Subject + email.Body, VisibleText.IsHidden);
    }
}
