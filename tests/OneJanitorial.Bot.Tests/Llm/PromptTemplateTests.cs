using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Tests.Llm;

public sealed class PromptTemplateTests
{
    [Fact]
    public void Render_AllValues_FillsPlaceholdersOnce()
    {
        var template = PromptTemplate.Parse("t", "Hi {{ name }}, see {{link}}.");

        var text = template.Render(new Dictionary<string, string> { ["name"] = "{{link}}", ["link"] = "x" });

        Assert.Equal("Hi {{link}}, see x.", text);
    }

    [Fact]
    public void Render_MissingValue_ThrowsNamingPlaceholder()
    {
        var template = PromptTemplate.Parse("greeting", "Hi {{name}}");

        var error = Assert.Throws<PromptException>(() => template.Render(new Dictionary<string, string>()));

        Assert.Contains("{{name}}", error.Message);
        Assert.Contains("greeting", error.Message);
    }

    [Fact]
    public void RenderBlock_FileWithBlocks_SkipsNotesAndTrimsBlocks()
    {
        var template = PromptTemplate.Parse("t", "notes for readers\n[[subject]]\nAbout {{x}}\n\n[[body]]\nLine 1\nLine 2\n");

        Assert.Equal("About 1", template.RenderBlock("subject", new Dictionary<string, string> { ["x"] = "1" }));
        Assert.Equal("Line 1\nLine 2", template.RenderBlock("body", new Dictionary<string, string>()));
        Assert.False(template.HasBlock("notes"));
    }

    [Fact]
    public void Get_ShippedRecapPrompt_Loads()
    {
        var library = PromptLibrary.FromContentRoot(OneJanitorial.Bot.BotHost.ContentRoot());

        Assert.Contains("facts", library.Get("recap.user.v1").Placeholders());
    }
}
