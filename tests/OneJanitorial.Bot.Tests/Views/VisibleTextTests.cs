using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Views;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("invoice \u202Egpj.exe\u202C", "invoice gpj.exe")]
    [InlineData("\u2066Acme\u2069 \u200EDental\u200F\u061C", "Acme Dental")]
    [InlineData("a\0b\u0007c\u001Bd\u007F\u0085e", "abcde")]
    [InlineData("line 1\n\tline 2", "line 1\n\tline 2")]
    public void Strip_HiddenCharacters_Removed(string text, string expected) => Assert.Equal(expected, VisibleText.Strip(text));

    [Fact]
    public void Strip_NothingHidden_SameInstance()
    {
        var text = "Walmart Store 12 — $1,250.50 (2nd floor) مرحبا";

        Assert.Same(text, VisibleText.Strip(text));
    }
}
