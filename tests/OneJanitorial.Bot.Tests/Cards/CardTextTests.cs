using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("Acme [click](https://evil.example)", "Acme [click\\](https://evil.example)")]
    [InlineData("**urgent** _now_", "\\*\\*urgent\\*\\* \\_now\\_")]
    [InlineData("- Trash\n2. Floors", "\\- Trash\n2\\. Floors")]
    [InlineData("<b>x</b> &amp; `code`", "\\<b>x\\</b> \\&amp; \\`code\\`")]
    [InlineData("#42 [R1] Q&A > 2\n# heading\n> quote", "#42 [R1] Q&A > 2\n\\# heading\n\\> quote")]
    [InlineData("Walmart Store 12 — $1,250.50 (2nd floor)", "Walmart Store 12 — $1,250.50 (2nd floor)")]
    public void Escape_Markdown_ShownLiterally(string text, string expected) => Assert.Equal(expected, CardText.Escape(text));

    [Fact]
    public void Escape_BidiOverridesAndControls_Removed() =>
        Assert.Equal("invoice gpj.exe\nnext", CardText.Escape("invoice \u202Egpj.exe\u202C\u2066\u0007\nnext"));

    [Theory]
    [InlineData("Acme [click](https://evil.example) **bold**\n- a\n12. b")]
    [InlineData("C:\\path\\file")]
    public void Unescape_EscapedText_ReadsAsTyped(string text) => Assert.Equal(text, CardText.Unescape(CardText.Escape(text)));
}
