using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Views;

public sealed class MarkupTests
{
    [Fact]
    public void Parse_BoldLinkAndBullet_AreSpans()
    {
        var markup = Markup.Parse("From **Step 5**: see [the SOP](https://sop.example/5)\n- first");

        Assert.Equal(
            [new PlainSpan("From "), new BoldSpan("Step 5"), new PlainSpan(": see "), new LinkSpan("the SOP", "https://sop.example/5")],
            markup.Lines[0].Spans);
        Assert.True(markup.Lines[1].Bullet);
        Assert.Equal("From Step 5: see the SOP\n- first", markup.ToPlainText());
    }

    [Fact]
    public void Plain_MarkupCharacters_StayLiteral()
    {
        Markup markup = "**not bold** [x](https://evil.example)\n- not a bullet";

        Assert.All(markup.Lines.SelectMany(l => l.Spans), s => Assert.IsType<PlainSpan>(s));
        Assert.False(markup.Lines[1].Bullet);
    }

    [Fact]
    public void WithBullets_DashLines_AreBulletsWithPlainText()
    {
        var markup = Markup.WithBullets("Items:\n- **Trash**");

        Assert.Equal(new PlainSpan("**Trash**"), Assert.Single(markup.Lines[1].Spans));
        Assert.True(markup.Lines[1].Bullet);
    }
}
