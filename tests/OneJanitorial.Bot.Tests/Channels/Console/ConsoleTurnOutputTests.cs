using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Console;

public sealed class ConsoleTurnOutputTests
{
    [Fact]
    public async Task SendAsync_UserTextWithTerminalEscapesAndDirectionOverrides_WrittenWithout()
    {
        var terminal = new StringWriter();
        var view = new View("Ticket") { Blocks = [new Paragraph("Client: \u202ENorthwind"), new Facts([new Fact("Cleaner", "Jane\u001B]0;pwned\u0007 Doe")])] };

        await new ConsoleTurnOutput(terminal).SendAsync(BotMessage.WithView(view, "Added \u001B[2J\u001B[31mred"), CancellationToken.None);

        var written = terminal.ToString();
        Assert.Contains("Added [2J[31mred", written);
        Assert.Contains("Client: Northwind", written);
        Assert.Contains("Jane]0;pwned Doe", written);
        Assert.DoesNotContain(written.Replace("\r", "", StringComparison.Ordinal), VisibleText.IsHidden);
    }
}
